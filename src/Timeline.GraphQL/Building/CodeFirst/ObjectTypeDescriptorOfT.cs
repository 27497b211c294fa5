using System.Linq.Expressions;
using System.Reflection;

namespace Timeline.GraphQL.Building;

/// <summary>An object type bound to <typeparamref name="T"/>: public properties become fields unless bound explicitly.</summary>
internal sealed class ObjectTypeDescriptor<T>(string name) : ObjectTypeDescriptor(name), IObjectTypeDescriptor<T>
{
    private readonly HashSet<string> ignored = new(StringComparer.Ordinal);
    private readonly NullabilityInfoContext nullability = new();
    private bool explicitOnly;

    public override Type? RuntimeType => typeof(T);

    public IFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var info = MemberOf(member);
        var field = (FieldDescriptor)Field(FieldNames.FromMember(info.Name));
        field.DefaultType(Reference(info));
        var read = member.Compile();
        field.Resolve(context => context.Parent is T parent ? read(parent) : null);
        return field;
    }

    public IObjectTypeDescriptor<T> BindFieldsExplicitly()
    {
        explicitOnly = true;
        return this;
    }

    public IObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member)
    {
        ignored.Add(FieldNames.FromMember(MemberOf(member).Name));
        return this;
    }

    protected override IEnumerable<FieldDescriptor> AllFields()
    {
        if (explicitOnly)
        {
            return Fields;
        }

        // Implicit binding: every public readable property not described or ignored, after the described fields.
        var implicitFields = new List<FieldDescriptor>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var fieldName = FieldNames.FromMember(property.Name);
            if (property.GetMethod is null || property.GetIndexParameters().Length > 0 || ignored.Contains(fieldName) || Fields.Any(f => f.FieldName == fieldName))
            {
                continue;
            }

            var field = new FieldDescriptor(fieldName);
            field.DefaultType(Reference(property));
            implicitFields.Add(field);
        }

        return Fields.Concat(implicitFields);
    }

    private TypeReference.Clr Reference(MemberInfo member) => member switch
    {
        PropertyInfo p => new TypeReference.Clr(p.PropertyType, nullability.Create(p)),
        FieldInfo f => new TypeReference.Clr(f.FieldType, nullability.Create(f)),
        MethodInfo m => new TypeReference.Clr(m.ReturnType, nullability.Create(m.ReturnParameter)),
        _ => throw new ArgumentException($"Member {member.Name} cannot be a field.", nameof(member)),
    };

    private static MemberInfo MemberOf<TValue>(Expression<Func<T, TValue>> member)
    {
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
        return body switch
        {
            MemberExpression m => m.Member,
            MethodCallExpression call when call.Arguments.Count == 0 => call.Method,
            _ => throw new ArgumentException($"Expected a property, field or parameterless method of {typeof(T).Name}, got {member}.", nameof(member)),
        };
    }
}
