namespace Timeline.GraphQL.Types.Validation;

/// <summary>
/// Every input object must admit a finite value. A field breaks a cycle when it is nullable or a list; a oneOf
/// object has a finite value as soon as one of its fields leads to one. This is graphql-js 17's
/// "cannot be provided a finite value" rule, which also catches unbreakable cycles through oneOf types.
/// </summary>
internal static class InputObjectCycleRule
{
    public static void Validate(SchemaValidationContext context)
    {
        var states = new Dictionary<InputObjectType, State>();
        foreach (var type in context.Schema.Types)
        {
            if (type is InputObjectType input)
            {
                states[input] = new State(input);
            }
        }

        var finite = new Stack<State>();
        foreach (var state in states.Values)
        {
            var fields = state.Input.Fields;
            foreach (var field in fields)
            {
                if (Target(state.Input, field.Type) is not { } target)
                {
                    continue;
                }

                state.Targets.Add((field, target));
                if (states.TryGetValue(target, out var targetState))
                {
                    targetState.Dependents.Add(state);
                }
            }

            var hasFiniteValue = state.Input.IsOneOf
                ? fields.Count == 0 || state.Targets.Count < fields.Count
                : state.Targets.Count == 0;
            state.Unresolved = state.Targets.Count;
            if (hasFiniteValue)
            {
                Mark(state, finite);
            }
        }

        while (finite.Count > 0)
        {
            foreach (var dependent in finite.Pop().Dependents)
            {
                if (dependent.HasFiniteValue)
                {
                    continue;
                }

                if (dependent.Input.IsOneOf || --dependent.Unresolved == 0)
                {
                    Mark(dependent, finite);
                }
            }
        }

        var reporter = new CycleReporter(context, states);
        foreach (var state in states.Values)
        {
            if (!state.HasFiniteValue)
            {
                reporter.Report(state);
            }
        }
    }

    private static void Mark(State state, Stack<State> finite)
    {
        if (!state.HasFiniteValue)
        {
            state.HasFiniteValue = true;
            finite.Push(state);
        }
    }

    /// <summary>The input object a field forces a value of: any input object field of a oneOf type, a non-null one otherwise.</summary>
    private static InputObjectType? Target(InputObjectType owner, GraphQLType fieldType) => owner.IsOneOf
        ? fieldType as InputObjectType
        : fieldType is NonNullType { OfType: InputObjectType target } ? target : null;

    private sealed class State(InputObjectType input)
    {
        public InputObjectType Input { get; } = input;

        public List<(InputValueDefinition Field, InputObjectType Target)> Targets { get; } = [];

        public List<State> Dependents { get; } = [];

        public int Unresolved { get; set; }

        public bool HasFiniteValue { get; set; }
    }

    private sealed class CycleReporter(SchemaValidationContext context, Dictionary<InputObjectType, State> states)
    {
        private readonly HashSet<InputObjectType> visited = [];
        private readonly List<(string Text, InputValueDefinition Field)> path = [];
        private readonly Dictionary<InputObjectType, int> pathIndex = [];

        public void Report(State state)
        {
            var input = state.Input;
            if (!visited.Add(input))
            {
                return;
            }

            pathIndex[input] = path.Count;
            foreach (var (field, target) in state.Targets)
            {
                if (!states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue)
                {
                    continue;
                }

                path.Add(($"{input.Name}.{field.Name}", field));
                if (pathIndex.TryGetValue(target, out var cycleStart))
                {
                    var cycle = path.Skip(cycleStart).ToList();
                    context.Report(
                        $"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(c => c.Text))}.",
                        cycle.Select(c => (Language.SyntaxNode?)c.Field.AstNode).ToArray());
                }
                else
                {
                    Report(targetState);
                }

                path.RemoveAt(path.Count - 1);
            }

            pathIndex.Remove(input);
        }
    }
}
