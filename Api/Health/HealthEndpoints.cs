using Cms.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Api.Health;

/// <summary>Liveness and readiness for orchestrators and load balancers.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps <c>/health/live</c> and <c>/health/ready</c>.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health");
        group.MapGet("/live", Live).WithName("live").WithSummary("The process is up");
        group.MapGet("/ready", Ready).WithName("ready").WithSummary("The process can reach its database")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Always healthy while the process answers.</summary>
    public static Ok<HealthStatus> Live() => TypedResults.Ok(HealthStatus.Healthy);

    /// <summary>Healthy when the database answers a query.</summary>
    public static async Task<Results<Ok<HealthStatus>, ProblemHttpResult>> Ready(IStorageProbe probe, CancellationToken cancellationToken) =>
        await probe.CanReadAsync(cancellationToken)
            ? TypedResults.Ok(HealthStatus.Healthy)
            : Hosting.Problems.Of(503, "storage-unavailable", "Storage is unavailable.", "The database did not answer.");
}

/// <summary>A health answer.</summary>
/// <param name="Status">Always <c>healthy</c> in a 200.</param>
public sealed record HealthStatus(string Status)
{
    /// <summary>The healthy answer.</summary>
    public static readonly HealthStatus Healthy = new("healthy");
}
