using System.Text.Json.Nodes;
using Cms.Api.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Http;

public sealed class WriteCollisionTests
{
    [Test]
    public async Task A_write_undone_by_a_key_another_request_took_at_the_same_moment_is_a_409_problem_not_a_500()
    {
        using var factory = new CmsFactory();
        var handler = ActivatorUtilities.CreateInstance<ProblemExceptionHandler>(factory.Services);
        using var body = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = factory.Services };
        context.Response.Body = body;

        var handled = await handler.TryHandleAsync(context, new SqliteException("UNIQUE constraint failed: tags.slug", 19), CancellationToken.None);
        var problem = JsonNode.Parse(body.ToArray())!;

        Assert.Multiple(() =>
        {
            Assert.That(handled, Is.True);
            Assert.That(context.Response.StatusCode, Is.EqualTo(StatusCodes.Status409Conflict));
            Assert.That(context.Response.ContentType, Does.StartWith("application/problem+json"));
            Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("write-collision"));
        });
    }
}
