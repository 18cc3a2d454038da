using System.ComponentModel;
using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Domain.Access;
using Cms.Api.Paging;
using Cms.Domain.Common;
using Cms.Domain.Webhooks;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Webhooks;

/// <summary>Webhooks: <c>/api/v1/webhooks</c>, their deliveries and replays. For admins.</summary>
public static class WebhookEndpoints
{
    /// <summary>Maps the webhook routes.</summary>
    public static void MapWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").AddEndpointFilterFactory(QueryAllowlist.Create).RequireRole(Role.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("", Register).WithName("registerWebhook").WithSummary("Register a webhook; its signing secret is shown once")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).WithIdempotencyKey();
        group.MapGet("", List).WithName("listWebhooks").WithSummary("List webhooks");
        group.MapGet("/{id:guid}", Get).WithName("getWebhook").WithSummary("Get a webhook").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", Delete).WithName("deleteWebhook").WithSummary("Delete a webhook and its deliveries")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/deliveries", Deliveries).WithName("listWebhookDeliveries")
            .WithSummary("List a webhook's latest deliveries, newest first, with every attempt and answer")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/replay", Replay).WithName("replayWebhookDelivery")
            .WithSummary("Send a delivery's event again, as a new delivery").ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Registers a webhook.</summary>
    public static async Task<Results<Created<RegisteredWebhook>, ProblemHttpResult>> Register(WebhookRequest request,
        IValidator<WebhookRequest> validator, WebhookDesk desk, CancellationToken cancellationToken)
    {
        if (await validator.ValidateAsync(request, cancellationToken) is { IsValid: false } invalid) return Problems.Invalid(invalid.ToDictionary());
        var outcome = await desk.RegisterAsync(request.Url, request.Events, request.Description, cancellationToken);
        if (outcome.Failure is { } failure) return Problems.For(failure);
        var w = outcome.Value!;
        return TypedResults.Created($"/api/v1/webhooks/{w.Id}", new RegisteredWebhook(w.Id, w.Url, w.Events, w.Description, w.CreatedAt, w.Secret));
    }

    /// <summary>Lists webhooks.</summary>
    public static async Task<Ok<ListAnswer<WebhookResponse>>> List(IWebhookStore store, CancellationToken cancellationToken)
    {
        var webhooks = (await store.ListAsync(cancellationToken)).Select(WebhookResponse.From).ToList();
        return TypedResults.Ok(new ListAnswer<WebhookResponse>(webhooks, new PageInfo(webhooks.Count, null, null, null)));
    }

    /// <summary>Gets a webhook.</summary>
    public static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> Get([Description("The webhook's id.")] Guid id, IWebhookStore store,
        CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } webhook
            ? TypedResults.Ok(WebhookResponse.From(webhook))
            : Problems.For(Failure.NotFoundById("webhook", id));

    /// <summary>Deletes a webhook.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete([Description("The webhook's id.")] Guid id, IWebhookStore store,
        CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : Problems.For(Failure.NotFoundById("webhook", id));

    /// <summary>Lists a webhook's deliveries.</summary>
    public static async Task<Results<Ok<ListAnswer<Delivery>>, ProblemHttpResult>> Deliveries([Description("The webhook's id.")] Guid id,
        IWebhookStore store, [FromQuery, Description("Deliveries to show, 1 to 100; default 20.")] int? limit, CancellationToken cancellationToken)
    {
        var size = limit ?? PageRequest.DefaultLimit;
        if (size is < 1 or > PageRequest.MaxLimit) return Problems.Invalid("limit", $"must be between 1 and {PageRequest.MaxLimit}");
        if (await store.FindAsync(id, cancellationToken) is null) return Problems.For(Failure.NotFoundById("webhook", id));
        var deliveries = await store.DeliveriesAsync(id, size, cancellationToken);
        return TypedResults.Ok(new ListAnswer<Delivery>(deliveries, new PageInfo(size, null, null, null)));
    }

    /// <summary>Replays a delivery.</summary>
    public static async Task<Results<Accepted<Delivery>, ProblemHttpResult>> Replay([Description("The webhook's id.")] Guid id,
        [Description("The delivery to send again.")] Guid deliveryId, WebhookDesk desk, CancellationToken cancellationToken)
    {
        var outcome = await desk.ReplayAsync(id, deliveryId, cancellationToken);
        return outcome.Failure is { } failure
            ? Problems.For(failure)
            : TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", outcome.Value!);
    }
}
