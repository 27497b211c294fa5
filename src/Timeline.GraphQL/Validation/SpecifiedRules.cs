namespace Timeline.GraphQL.Validation;

/// <summary>The rule sets <see cref="DocumentValidator"/> runs.</summary>
public static class SpecifiedRules
{
    /// <summary>The rules of the specification's Validation section, in graphql-js's order.</summary>
    public static IReadOnlyList<ValidationRule> Specified { get; } =
    [
        ExecutableDefinitionsRule.Rule,
        KnownOperationTypesRule.Rule,
        UniqueOperationNamesRule.Rule,
        LoneAnonymousOperationRule.Rule,
        SingleFieldSubscriptionsRule.Rule,
        KnownTypeNamesRule.Rule,
        FragmentsOnCompositeTypesRule.Rule,
        VariablesAreInputTypesRule.Rule,
        ScalarLeafsRule.Rule,
        FieldsOnCorrectTypeRule.Rule,
        UniqueFragmentNamesRule.Rule,
        KnownFragmentNamesRule.Rule,
        NoUnusedFragmentsRule.Rule,
        PossibleFragmentSpreadsRule.Rule,
        NoFragmentCyclesRule.Rule,
        UniqueVariableNamesRule.Rule,
        NoUndefinedVariablesRule.Rule,
        NoUnusedVariablesRule.Rule,
        KnownDirectivesRule.Rule,
        UniqueDirectivesPerLocationRule.Rule,
        KnownArgumentNamesRule.Rule,
        UniqueArgumentNamesRule.Rule,
        ValuesOfCorrectTypeRule.Rule,
        ProvidedRequiredArgumentsRule.Rule,
        VariablesInAllowedPositionRule.Rule,
        OverlappingFieldsCanBeMergedRule.Rule,
        UniqueInputFieldNamesRule.Rule,
    ];

    /// <summary>Rules graphql-js recommends on top of the specification's: the introspection depth guard.</summary>
    public static IReadOnlyList<ValidationRule> Recommended { get; } = [MaxIntrospectionDepthRule.Rule];

    /// <summary>What validation runs by default: the specified rules and the recommended ones.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } = [.. Specified, .. Recommended];

    /// <summary>Rules to add when wanted, off by default: refusing deprecated elements, refusing schema introspection.</summary>
    public static IReadOnlyList<ValidationRule> Optional { get; } = [NoDeprecatedCustomRule.Rule, NoSchemaIntrospectionCustomRule.Rule];
}
