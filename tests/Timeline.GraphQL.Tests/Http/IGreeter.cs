namespace Timeline.GraphQL.Tests.Http;

/// <summary>A service registered in the host, to show resolvers get the request's services.</summary>
internal interface IGreeter
{
    string Greet();
}
