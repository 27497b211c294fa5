using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

public sealed class SyntaxWalkerTests
{
    private sealed class Recorder(Func<SyntaxNode, VisitAction>? onEnter = null) : SyntaxVisitor
    {
        public List<string> Events { get; } = [];

        public override VisitAction Enter(SyntaxNode node)
        {
            Events.Add("enter " + node.Kind);
            return onEnter?.Invoke(node) ?? VisitAction.Continue;
        }

        public override VisitAction Leave(SyntaxNode node)
        {
            Events.Add("leave " + node.Kind);
            return VisitAction.Continue;
        }
    }

    [Fact]
    public void Visits_in_graphql_js_order_entering_and_leaving_every_node()
    {
        var recorder = new Recorder();

        Assert.True(SyntaxWalker.Walk(Parser.Parse("{ a(x: 1) }"), recorder));

        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name",
                "leave Name", "enter Argument", "enter Name", "leave Name", "enter IntValue", "leave IntValue",
                "leave Argument", "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            recorder.Events);
    }

    [Fact]
    public void Skip_passes_over_a_subtree_without_leaving_it()
    {
        var recorder = new Recorder(node => node.Kind == SyntaxKind.Field ? VisitAction.Skip : VisitAction.Continue);

        SyntaxWalker.Walk(Parser.Parse("{ a { b } }"), recorder);

        Assert.Equal(
            ["enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "leave SelectionSet", "leave OperationDefinition", "leave Document"],
            recorder.Events);
    }

    [Fact]
    public void Break_stops_the_walk()
    {
        var recorder = new Recorder(node => node.Kind == SyntaxKind.Name ? VisitAction.Break : VisitAction.Continue);

        Assert.False(SyntaxWalker.Walk(Parser.Parse("{ a b }"), recorder));

        Assert.Equal("enter Name", recorder.Events[^1]);
        Assert.Equal(5, recorder.Events.Count);
    }

    private sealed class FieldCollector : SyntaxVisitor
    {
        public List<string> Paths { get; } = [];

        public override VisitAction EnterField(FieldNode node)
        {
            var outer = Ancestors.OfType<FieldNode>().Select(f => f.ResponseKey);
            Paths.Add(string.Join('.', outer.Append(node.ResponseKey)));
            return VisitAction.Continue;
        }

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitAction.Skip;
    }

    [Fact]
    public void Typed_methods_see_their_ancestors()
    {
        var collector = new FieldCollector();

        SyntaxWalker.Walk(Parser.Parse("{ a { b: c { d } } e } fragment F on T { ignored }"), collector);

        Assert.Equal(["a", "a.b", "a.b.d", "e"], collector.Paths);
    }

    [Fact]
    public void Parallel_visitors_skip_and_break_independently()
    {
        var skipping = new Recorder(node => node.Kind == SyntaxKind.SelectionSet ? VisitAction.Skip : VisitAction.Continue);
        var breaking = new Recorder(node => node.Kind == SyntaxKind.Field ? VisitAction.Break : VisitAction.Continue);
        var full = new Recorder();

        SyntaxWalker.Walk(Parser.Parse("{ a }"), new ParallelVisitor([skipping, breaking, full]));

        Assert.Equal(["enter Document", "enter OperationDefinition", "enter SelectionSet", "leave OperationDefinition", "leave Document"], skipping.Events);
        Assert.Equal("enter Field", breaking.Events[^1]);
        Assert.Equal(10, full.Events.Count);
        Assert.Same(full.Ancestors, skipping.Ancestors);
    }

    private sealed class EnterCounter(SyntaxVisitor inner) : SyntaxVisitor
    {
        public List<SyntaxKind> Entered { get; } = [];

        public override VisitAction Enter(SyntaxNode node)
        {
            Entered.Add(node.Kind);
            return inner.Enter(node);
        }

        public override VisitAction Leave(SyntaxNode node) => inner.Leave(node);
    }

    [Fact]
    public void A_subtree_every_parallel_visitor_skips_is_not_walked()
    {
        var first = new Recorder(node => node.Kind == SyntaxKind.Field ? VisitAction.Skip : VisitAction.Continue);
        var second = new Recorder(node => node.Kind == SyntaxKind.Field ? VisitAction.Skip : VisitAction.Continue);
        var counter = new EnterCounter(new ParallelVisitor([first, second]));

        SyntaxWalker.Walk(Parser.Parse("{ a { b } c }"), counter);

        Assert.Equal([SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.SelectionSet, SyntaxKind.Field, SyntaxKind.Field], counter.Entered);
        Assert.Equal(
            ["enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Field", "leave SelectionSet", "leave OperationDefinition", "leave Document"],
            second.Events);
    }

    private sealed class DirectiveCounter : SyntaxVisitor
    {
        public int Count { get; private set; }

        public override VisitAction EnterDirective(DirectiveNode node)
        {
            Count++;
            return VisitAction.Continue;
        }
    }

    [Fact]
    public void Walks_every_node_kind_of_the_kitchen_sinks()
    {
        var counter = new DirectiveCounter();
        var kinds = new HashSet<SyntaxKind>();
        var all = new Recorder(node =>
        {
            kinds.Add(node.Kind);
            return VisitAction.Continue;
        });

        foreach (var name in new[] { "kitchen-sink-query.graphql", "kitchen-sink-schema.graphql" })
        {
            var document = Parser.Parse(Fixtures.Read(name));
            SyntaxWalker.Walk(document, new ParallelVisitor([counter, all]));
        }

        Assert.Equal(Enum.GetValues<SyntaxKind>().ToHashSet(), kinds);
        Assert.True(counter.Count > 30);
    }
}
