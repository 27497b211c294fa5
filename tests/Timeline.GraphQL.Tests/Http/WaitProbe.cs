namespace Timeline.GraphQL.Tests.Http;

/// <summary>Tells a test when the <c>wait</c> resolver started and when its cancellation token fired.</summary>
internal sealed class WaitProbe
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
