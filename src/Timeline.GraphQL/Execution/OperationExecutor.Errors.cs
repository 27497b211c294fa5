using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>Field errors (spec §6.4.4): the message, the locations of every merged field node, and the response path.</summary>
internal sealed partial class OperationExecutor
{
    private void AddError(FieldPlan field, PendingPath path, string message) =>
        state.AddError(new GraphQLError(message, field.Locations, path.Build().ToList()));

    private void AddError(FieldPlan field, ResponsePath path, string message) =>
        state.AddError(new GraphQLError(message, field.Locations, path.ToList()));

    private void AddError(FieldPlan field, PendingPath path, Exception exception) => AddError(field, path.Build(), exception);

    private void AddError(FieldPlan field, ResponsePath path, Exception exception)
    {
        var extensions = (exception as GraphQLFieldException)?.Extensions;
        state.AddError(new GraphQLError(exception.Message, field.Locations, path.ToList(), extensions, exception));
    }
}
