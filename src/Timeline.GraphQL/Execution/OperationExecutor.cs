using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// Runs one operation (spec §6.2–6.4) and writes its data as JSON, keys in selection-set order. Every step first tries
/// to finish synchronously (a resolver's completed <see cref="ValueTask{TResult}"/> costs nothing); only what really
/// waits goes through an async continuation. A completion returns false when its value broke a non-null rule: the
/// nearest nullable position then cuts the buffer back to where it began and writes null (spec §6.4.4).
/// </summary>
internal sealed partial class OperationExecutor(ExecutionState state)
{
    private static readonly ValueTask<bool> Ok = new(true);
    private static readonly ValueTask<bool> Failed = new(false);

    // One spare context, handed from each field that finished synchronously to the next; taken atomically, since
    // continuations of asynchronous fields may run on other threads at the same time.
    private FieldContext? spareContext;

    /// <summary>Writes the root object; false when it must be null.</summary>
    public ValueTask<bool> ExecuteRoot(ResultBuffer buffer, OperationPlan plan)
    {
        var fields = plan.Root.GetFields(plan.RootType);
        return plan.Operation.Operation == Language.OperationType.Mutation
            ? ExecuteSeriallyAsync(buffer, plan.RootType, fields, state.RootValue)
            : ExecuteObject(buffer, plan.RootType, fields, state.RootValue, null);
    }

    /// <summary>
    /// The fields of one object, started in order without waiting for each other (spec §6.3.1, normal evaluation):
    /// asynchronous ones run concurrently and their outputs are stitched together in order.
    /// </summary>
    private ValueTask<bool> ExecuteObject(ResultBuffer buffer, ObjectType type, FieldPlan[] fields, object? parent, ResponsePath? path)
    {
        buffer.WriteByte((byte)'{');
        PendingWrites? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var target = pending is null ? buffer : pending.NewSegment();
            if (i > 0)
            {
                target.WriteByte((byte)',');
            }

            var field = fields[i];
            target.WriteRaw(field.KeyJson);
            var task = ExecuteField(target, type, field, parent, path);
            if (task.IsCompletedSuccessfully)
            {
                if (!task.Result)
                {
                    if (pending is null)
                    {
                        return Failed;
                    }

                    pending.Failed = true;
                    break;
                }
            }
            else
            {
                pending ??= new PendingWrites();
                pending.Track(task);
            }
        }

        if (pending is null)
        {
            buffer.WriteByte((byte)'}');
            return Ok;
        }

        return pending.FinishAsync(buffer, (byte)'}');
    }

    /// <summary>Mutation root fields, each finished before the next starts (spec §6.3.1, serial evaluation).</summary>
    private async ValueTask<bool> ExecuteSeriallyAsync(ResultBuffer buffer, ObjectType type, FieldPlan[] fields, object? parent)
    {
        buffer.WriteByte((byte)'{');
        var resumed = false;
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                buffer.WriteByte((byte)',');
            }

            var field = fields[i];
            buffer.WriteRaw(field.KeyJson);

            // After a wait this code runs on a continuation: count it as running so no batch is dispatched half-way.
            ValueTask<bool> task;
            if (resumed)
            {
                state.Scheduler.Enter();
            }

            try
            {
                task = ExecuteField(buffer, type, field, parent, null);
            }
            finally
            {
                if (resumed)
                {
                    state.Scheduler.Leave();
                }
            }

            bool ok;
            if (task.IsCompletedSuccessfully)
            {
                ok = task.Result;
            }
            else
            {
                resumed = true;
                ok = await task.ConfigureAwait(false);
            }

            if (!ok)
            {
                return false;
            }
        }

        buffer.WriteByte((byte)'}');
        return true;
    }

    /// <summary>Resolves and completes one field into <paramref name="buffer"/>; false only when a non-null field ends up null.</summary>
    private ValueTask<bool> ExecuteField(ResultBuffer buffer, ObjectType parentType, FieldPlan field, object? parent, ResponsePath? parentPath)
    {
        if (field.IsTypeName)
        {
            buffer.WriteString(parentType.Name);
            return Ok;
        }

        var mark = buffer.Position;
        object? value;
        FieldContext? context = null;
        try
        {
            state.CancellationToken.ThrowIfCancellationRequested();
            var resolver = field.Definition.Resolver ?? state.DefaultResolver;
            if (resolver is null)
            {
                value = DefaultFieldResolver.Resolve(parent, field.Definition.Name);
            }
            else
            {
                context = (Interlocked.Exchange(ref spareContext, null) ?? new FieldContext(state))
                    .For(field, parent, field.GetArguments(state.Variables), parentPath);
                var resolving = resolver(context);
                if (!resolving.IsCompletedSuccessfully)
                {
                    return AwaitResolverAsync(buffer, mark, field, context, resolving, parentPath);
                }

                value = resolving.Result;
            }
        }
        catch (Exception e) when (!state.IsCancellation(e))
        {
            return FieldFailed(buffer, mark, field, new PendingPath(parentPath, field.ResponseKey), e);
        }

        var completion = CompleteField(buffer, mark, field, value, parentPath, context);
        if (context is not null && completion.IsCompletedSuccessfully)
        {
            // The field is done: nothing can observe its context any more.
            Volatile.Write(ref spareContext, context);
        }

        return completion;
    }

    private ValueTask<bool> AwaitResolverAsync(
        ResultBuffer buffer,
        int mark,
        FieldPlan field,
        FieldContext context,
        ValueTask<object?> resolving,
        ResponsePath? parentPath) =>
        ContinueWhenResolvedAsync(context, resolving, (value, failure) => failure is null
            ? CompleteField(buffer, mark, field, value, parentPath, context)
            : FieldFailed(buffer, mark, field, new PendingPath(parentPath, field.ResponseKey), failure));

    /// <summary>
    /// Awaits a resolver's pending work and runs what follows it. The scheduler counts the resolver as running until
    /// <paramref name="next"/> has started the child resolvers it may start, so batches are not dispatched too early.
    /// </summary>
    private async ValueTask<bool> ContinueWhenResolvedAsync<T>(
        FieldContext context,
        ValueTask<T> pending,
        Func<T?, Exception?, ValueTask<bool>> next)
    {
        var scheduler = state.Scheduler;
        scheduler.ResolverStarted(context);
        T? value = default;
        Exception? failure = null;
        try
        {
            value = await pending.ConfigureAwait(false);
        }
        catch (Exception e) when (!state.IsCancellation(e))
        {
            failure = e;
        }
        catch
        {
            scheduler.ResolverFinished(context);
            throw;
        }

        ValueTask<bool> completion;
        scheduler.Enter();
        try
        {
            scheduler.ResolverFinished(context);
            completion = next(value, failure);
        }
        finally
        {
            scheduler.Leave();
        }

        return await completion.ConfigureAwait(false);
    }

    private ValueTask<bool> CompleteField(ResultBuffer buffer, int mark, FieldPlan field, object? value, ResponsePath? parentPath, FieldContext? context)
    {
        var completion = CompleteValue(buffer, field.ReturnType, field, value, new PendingPath(parentPath, field.ResponseKey), context);
        if (!completion.IsCompletedSuccessfully)
        {
            return AbsorbAsync(completion, buffer, mark, field.ReturnType);
        }

        return completion.Result ? Ok : Absorb(buffer, mark, field.ReturnType);
    }

    /// <summary>A failed value at a nullable position becomes null there; at a non-null position the failure moves up.</summary>
    private static ValueTask<bool> Absorb(ResultBuffer buffer, int mark, GraphQLType positionType)
    {
        if (positionType is NonNullType)
        {
            return Failed;
        }

        buffer.Truncate(mark);
        buffer.WriteNull();
        return Ok;
    }

    private static async ValueTask<bool> AbsorbAsync(ValueTask<bool> completion, ResultBuffer buffer, int mark, GraphQLType positionType)
    {
        if (await completion.ConfigureAwait(false))
        {
            return true;
        }

        if (positionType is NonNullType)
        {
            return false;
        }

        buffer.Truncate(mark);
        buffer.WriteNull();
        return true;
    }

    private ValueTask<bool> FieldFailed(ResultBuffer buffer, int mark, FieldPlan field, PendingPath path, Exception exception)
    {
        AddError(field, path, exception);
        return Absorb(buffer, mark, field.ReturnType);
    }
}
