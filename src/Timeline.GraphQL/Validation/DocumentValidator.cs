using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (graphql-js's <c>validate</c>): every rule's visitor runs
/// in one parallel walk that keeps a shared <see cref="TypeInfo"/>, and the errors come back in the order found.
/// An empty list means the document may be executed.
/// </summary>
public static class DocumentValidator
{
    private const string TooManyErrors = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>
    /// Runs <paramref name="rules"/> (by default <see cref="SpecifiedRules.All"/>) over <paramref name="document"/>.
    /// Throws <see cref="SchemaValidationException"/> when the schema itself is invalid, as no document can be valid against it.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IEnumerable<ValidationRule>? rules = null,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        options.CancellationToken.ThrowIfCancellationRequested();
        schema.AssertValid();

        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(
            schema,
            document,
            typeInfo,
            error =>
            {
                if (errors.Count >= options.MaxErrors)
                {
                    errors.Add(new GraphQLError(TooManyErrors));
                    throw new ValidationAbortedException(TooManyErrors);
                }

                errors.Add(error);
            },
            options.HideSuggestions);

        var visitors = new List<SyntaxVisitor>();
        if (options.CancellationToken.CanBeCanceled)
        {
            visitors.Add(new CancellationVisitor(options.CancellationToken));
        }

        foreach (var rule in rules ?? SpecifiedRules.All)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            visitors.Add(rule.CreateVisitor(context));
        }

        try
        {
            SyntaxWalker.Walk(document, new TypeInfoVisitor(typeInfo, new ParallelVisitor(visitors)));
        }
        catch (ValidationAbortedException)
        {
            // The limit error is already the last one in the list.
        }

        return errors;
    }
}
