using System.Collections;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Execution;

/// <summary>CompleteValue (spec §6.4.3): non-null checks, leaves through their type's result coercion, lists, objects and abstract types.</summary>
internal sealed partial class OperationExecutor
{
    private ValueTask<bool> CompleteValue(ResultBuffer buffer, GraphQLType type, FieldPlan field, object? value, PendingPath path, FieldContext? context)
    {
        if (type is NonNullType nonNull)
        {
            if (ListValues.IsNull(value))
            {
                AddError(field, path, $"Cannot return null for non-nullable field {field.Coordinate}.");
                return Failed;
            }

            type = nonNull.OfType;
        }
        else if (ListValues.IsNull(value))
        {
            buffer.WriteNull();
            return Ok;
        }

        switch (type)
        {
            case ScalarType scalar:
                return CompleteScalar(buffer, scalar, field, value!, path) ? Ok : Failed;
            case EnumType enumType:
                return CompleteEnum(buffer, enumType, field, value!, path) ? Ok : Failed;
            case ListType list:
                return CompleteList(buffer, list, field, value!, path);
            case ObjectType objectType:
                return CompleteObject(buffer, objectType, field, value!, path.Build(), context);
            default:
                return CompleteAbstract(buffer, (NamedType)type, field, value!, path, context);
        }
    }

    private bool CompleteScalar(ResultBuffer buffer, ScalarType scalar, FieldPlan field, object value, PendingPath path)
    {
        // The specified scalars give these values back unchanged, so write them without the call.
        if (value is string text && (ReferenceEquals(scalar, SpecifiedScalars.String) || ReferenceEquals(scalar, SpecifiedScalars.ID)))
        {
            buffer.WriteString(text);
            return true;
        }

        if (value is int number && ReferenceEquals(scalar, SpecifiedScalars.Int))
        {
            buffer.WriteInt64(number);
            return true;
        }

        if (value is bool flag && ReferenceEquals(scalar, SpecifiedScalars.Boolean))
        {
            buffer.WriteBoolean(flag);
            return true;
        }

        object? coerced;
        try
        {
            coerced = scalar.CoerceOutputValue(value);
        }
        catch (Exception e) when (!state.IsCancellation(e))
        {
            AddError(field, path, e);
            return false;
        }

        if (coerced is null)
        {
            AddError(field, path, $"Expected `{scalar.Name}.coerceOutputValue({ValueInspector.Inspect(value)})` to return non-nullable value, returned: null");
            return false;
        }

        ResultValueWriter.Write(buffer, coerced);
        return true;
    }

    private bool CompleteEnum(ResultBuffer buffer, EnumType enumType, FieldPlan field, object value, PendingPath path)
    {
        string name;
        try
        {
            name = enumType.CoerceOutputValue(value);
        }
        catch (ValueCoercionException e)
        {
            AddError(field, path, e);
            return false;
        }

        buffer.WriteString(name);
        return true;
    }

    private ValueTask<bool> CompleteList(ResultBuffer buffer, ListType listType, FieldPlan field, object value, PendingPath path)
    {
        var items = ListValues.AsList(value);
        if (items is null)
        {
            AddError(field, path, $"Expected Iterable, but did not find one for field \"{field.Coordinate}\".");
            return Failed;
        }

        var itemType = listType.OfType;
        var listPath = path.Build();
        buffer.WriteByte((byte)'[');
        PendingWrites? pending = null;
        for (var i = 0; i < items.Count; i++)
        {
            var target = pending is null ? buffer : pending.NewSegment();
            if (i > 0)
            {
                target.WriteByte((byte)',');
            }

            var mark = target.Position;
            var task = CompleteValue(target, itemType, field, items[i], new PendingPath(listPath, null, i), null);
            if (task.IsCompletedSuccessfully)
            {
                if (task.Result)
                {
                    continue;
                }

                if (itemType is NonNullType)
                {
                    if (pending is null)
                    {
                        return Failed;
                    }

                    pending.Failed = true;
                    break;
                }

                target.Truncate(mark);
                target.WriteNull();
            }
            else
            {
                pending ??= new PendingWrites();
                pending.Track(AbsorbAsync(task, target, mark, itemType));
            }
        }

        if (pending is null)
        {
            buffer.WriteByte((byte)']');
            return Ok;
        }

        return pending.FinishAsync(buffer, (byte)']');
    }

    private ValueTask<bool> CompleteObject(ResultBuffer buffer, ObjectType type, FieldPlan field, object value, ResponsePath path, FieldContext? context)
    {
        if (type.IsTypeOf is { } isTypeOf)
        {
            bool matches;
            try
            {
                matches = isTypeOf(value, context ?? ContextFor(field, value, path));
            }
            catch (Exception e) when (!state.IsCancellation(e))
            {
                AddError(field, path, e);
                return Failed;
            }

            if (!matches)
            {
                AddError(field, path, $"Expected value of type \"{type.Name}\" but got: {ValueInspector.Inspect(value)}.");
                return Failed;
            }
        }

        return ExecuteObject(buffer, type, field.Children!.GetFields(type), value, path);
    }

    private ValueTask<bool> CompleteAbstract(ResultBuffer buffer, NamedType abstractType, FieldPlan field, object value, PendingPath path, FieldContext? context)
    {
        var resolveType = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        string? typeName;
        try
        {
            if (resolveType is null)
            {
                typeName = DefaultTypeResolver.ReadTypeName(value) ?? ResolveByPossibleTypes(abstractType, field, value, path, context);
            }
            else
            {
                context ??= ContextFor(field, value, path.Build());
                var resolving = resolveType(value, context, abstractType);
                if (!resolving.IsCompletedSuccessfully)
                {
                    return AwaitTypeResolutionAsync(buffer, abstractType, field, value, path, context, resolving);
                }

                typeName = resolving.Result;
            }
        }
        catch (Exception e) when (!state.IsCancellation(e))
        {
            AddError(field, path, e);
            return Failed;
        }

        var runtimeType = EnsureRuntimeType(typeName, abstractType, field, path);
        return runtimeType is null ? Failed : CompleteObject(buffer, runtimeType, field, value, path.Build(), context);
    }

    // Kept apart so that the closure it needs is only allocated when a value does not name its type.
    private string? ResolveByPossibleTypes(NamedType abstractType, FieldPlan field, object value, PendingPath path, FieldContext? context) =>
        DefaultTypeResolver.ResolveByTypes(state.Schema, abstractType, value, () => context ??= ContextFor(field, value, path.Build()));

    private ValueTask<bool> AwaitTypeResolutionAsync(
        ResultBuffer buffer,
        NamedType abstractType,
        FieldPlan field,
        object value,
        PendingPath path,
        FieldContext context,
        ValueTask<string?> resolving) =>
        ContinueWhenResolvedAsync(context, resolving, (typeName, failure) =>
        {
            if (failure is not null)
            {
                AddError(field, path, failure);
                return Failed;
            }

            var runtimeType = EnsureRuntimeType(typeName, abstractType, field, path);
            return runtimeType is null ? Failed : CompleteObject(buffer, runtimeType, field, value, path.Build(), context);
        });

    private ObjectType? EnsureRuntimeType(string? typeName, NamedType abstractType, FieldPlan field, PendingPath path)
    {
        if (typeName is not null && state.Schema.GetType(typeName) is ObjectType known && field.IsVerifiedRuntimeType(known))
        {
            return known;
        }

        if (typeName is null)
        {
            AddError(
                field,
                path,
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.Coordinate}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
            return null;
        }

        var runtimeType = state.Schema.GetType(typeName);
        if (runtimeType is null)
        {
            AddError(field, path, $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.");
            return null;
        }

        if (runtimeType is not ObjectType objectType)
        {
            AddError(field, path, $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".");
            return null;
        }

        if (!state.Schema.IsSubType(abstractType, objectType))
        {
            AddError(field, path, $"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".");
            return null;
        }

        field.AddVerifiedRuntimeType(objectType);
        return objectType;
    }

    /// <summary>A context for a type check on a field that had no resolver (and so no context yet).</summary>
    private FieldContext ContextFor(FieldPlan field, object? parent, ResponsePath path) =>
        new FieldContext(state).For(field, parent, ArgumentCoercion.Empty, path.Parent);
}
