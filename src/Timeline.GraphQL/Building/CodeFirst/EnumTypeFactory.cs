using System.ComponentModel;
using System.Reflection;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

/// <summary>Enum types from C# enums: UPPER_SNAKE names, the enum members as runtime values, [Description] and [Obsolete] honoured.</summary>
internal static class EnumTypeFactory
{
    public static EnumType FromClr<TEnum>(string? name)
        where TEnum : struct, Enum
    {
        var type = typeof(TEnum);
        var values = type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => new EnumValueDefinition(FieldNames.EnumValue(field.Name), field.GetValue(null))
        {
            Description = field.GetCustomAttribute<DescriptionAttribute>()?.Description,
            DeprecationReason = field.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete ? obsolete.Message ?? SpecifiedDirectives.DefaultDeprecationReason : null,
        });
        return new EnumType(name ?? type.Name, values)
        {
            Description = type.GetCustomAttribute<DescriptionAttribute>()?.Description,
        };
    }
}
