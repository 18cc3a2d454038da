using System.Text.Json;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Settings;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Cms.Api.Articles;

/// <summary>
/// Sets published articles in type: for each article in the typesetting queue, the JSON of its list entry and of its HTML body,
/// exactly as anonymous readers are answered from the article's rows, kept so that such reads need one row and no rendering.
/// It looks at the queue every half second (<see cref="TypesettingSettings"/>), and at once again after a full batch.
/// Several instances may set the same article; what is kept is the same.
/// </summary>
public sealed partial class Typesetter(IArticleCatalog catalog, ITypesetting typesetting, ArticleLinks links, SiteSettingsCache settings,
    IOptions<JsonOptions> json, TypesettingSettings every, ILogger<Typesetter> logger) : BackgroundService
{
    private const int Batch = 200;
    private static readonly byte[] NoBody = "\"body\":null}"u8.ToArray();
    private string? edition;

    /// <summary>Sets one batch of waiting articles; the number of articles it took from the queue.</summary>
    public async Task<int> SetBatchAsync(CancellationToken cancellationToken)
    {
        await settings.RefreshAsync(cancellationToken);
        var stored = settings.Current;
        if (stored.Settings.ArticleUrlTemplate != edition)
        {
            await typesetting.ChangeEditionAsync(stored.Settings.ArticleUrlTemplate, cancellationToken);
            edition = stored.Settings.ArticleUrlTemplate;
        }
        var tickets = await typesetting.WaitingAsync(Batch, cancellationToken);
        if (tickets.Count == 0) return 0;
        var views = (await catalog.FindManyAsync(tickets.Select(ticket => ticket.ArticleId).ToList(), Audience.Public, BodyFormats.Html, cancellationToken))
            .ToDictionary(view => view.Id);
        var proofs = tickets.Select(ticket => views.TryGetValue(ticket.ArticleId, out var view) ? TrySet(ticket, view) : new TypesetProof(ticket, null, null))
            .ToList();
        var kept = await typesetting.KeepAsync(proofs, stored.Version, stored.Settings.ArticleUrlTemplate, cancellationToken);
        // Another instance made its own template the one to set with: make this one's so again, once, and set all anew.
        if (kept is null) edition = null;
        LogSet(logger, kept ?? 0, tickets.Count);
        return tickets.Count;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await SetBatchAsync(stoppingToken) == Batch) continue;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
            await Task.Delay(TimeSpan.FromSeconds(every.IntervalSeconds), stoppingToken);
        }
    }

    // An article that cannot be set leaves the queue unset, so that it holds up no other; its reads take the rows' path.
    private TypesetProof TrySet(TypesettingTicket ticket, ArticleView view)
    {
        try
        {
            return Set(ticket, view);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or JsonException)
        {
            LogUnset(logger, ticket.ArticleId, e);
            return new TypesetProof(ticket, null, null);
        }
    }

    private TypesetProof Set(TypesettingTicket ticket, ArticleView view)
    {
        var options = json.Value.SerializerOptions;
        var answer = ArticleResponse.From(view, links);
        var summary = JsonSerializer.SerializeToUtf8Bytes(answer with { Body = null }, options.GetTypeInfo(typeof(ArticleResponse)));
        if (!summary.AsSpan().EndsWith(NoBody)) throw new InvalidOperationException("An article's JSON no longer ends with its body.");
        return new TypesetProof(ticket, summary, JsonSerializer.SerializeToUtf8Bytes(answer.Body, options.GetTypeInfo(typeof(BodyResponse))))
        {
            Slug = view.Slug,
            Version = view.Version,
            UpdatedAt = view.UpdatedAt,
        };
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Typeset {Kept} of {Taken} waiting articles")]
    private static partial void LogSet(ILogger logger, int kept, int taken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Article {Id} could not be typeset; its reads are made from its rows")]
    private static partial void LogUnset(ILogger logger, Guid id, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A typesetting batch failed; the next one tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>How often the typesetter looks for waiting articles.</summary>
public sealed class TypesettingSettings
{
    /// <summary>Seconds between looks when nothing is waiting.</summary>
    public double IntervalSeconds { get; set; } = 0.5;
}
