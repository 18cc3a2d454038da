using Cms.Api.Hosting;
using Cms.Domain.Webhooks;
using FluentValidation;

namespace Cms.Api.Webhooks;

/// <summary>A webhook to register.</summary>
/// <param name="Url">Absolute http(s) URL that receives deliveries; loopback, private and link-local addresses are refused.</param>
/// <param name="Events">Events wanted: <c>article.published</c>, <c>article.updated</c>, <c>article.unpublished</c>, <c>article.deleted</c>,
/// <c>article.scheduled</c>, <c>article.created</c>, <c>tag.*</c>, <c>author.*</c> (each kind's <c>created</c>, <c>updated</c>,
/// <c>deleted</c>), or <c>*</c>.</param>
/// <param name="Description">What the webhook is for.</param>
public sealed record WebhookRequest(string Url, IReadOnlyList<string> Events, string? Description = null);

/// <summary>A webhook as listed; its secret is never shown again.</summary>
/// <param name="Id">UUID v7.</param>
/// <param name="Url">Where deliveries go.</param>
/// <param name="Events">The events asked for.</param>
/// <param name="Description">What the webhook is for.</param>
/// <param name="CreatedAt">When it was registered.</param>
public sealed record WebhookResponse(Guid Id, string Url, IReadOnlyList<string> Events, string? Description, DateTimeOffset CreatedAt)
{
    /// <summary>The webhook without its secret.</summary>
    public static WebhookResponse From(Webhook webhook)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        return new(webhook.Id, webhook.Url, webhook.Events, webhook.Description, webhook.CreatedAt);
    }
}

/// <summary>A webhook just registered, with its signing secret: the only time the secret is shown.</summary>
/// <param name="Id">UUID v7.</param>
/// <param name="Url">Where deliveries go.</param>
/// <param name="Events">The events asked for.</param>
/// <param name="Description">What the webhook is for.</param>
/// <param name="CreatedAt">When it was registered.</param>
/// <param name="Secret">Signs every delivery (<c>X-Cms-Signature</c>); keep it, it is not shown again.</param>
public sealed record RegisteredWebhook(Guid Id, string Url, IReadOnlyList<string> Events, string? Description, DateTimeOffset CreatedAt, string Secret);

/// <summary>The field rules of a webhook.</summary>
public sealed class WebhookRequestValidator : AbstractValidator<WebhookRequest>
{
    /// <summary>Sets up the rules.</summary>
    public WebhookRequestValidator()
    {
        RuleFor(w => w.Url).NotEmpty().WebAddress();
        RuleFor(w => w.Events).NotEmpty().WithMessage("must name at least one event")
            .Must(events => events is null || events.Count <= 20).WithMessage("may name at most 20");
        RuleForEach(w => w.Events).Must(pattern => pattern is not null && Webhook.IsPattern(pattern))
            .WithMessage($"must be an event this CMS sends ({string.Join(", ", NewsroomEvents.Types)}), a kind.* pattern or *");
        RuleFor(w => w.Description).Line(300);
    }
}
