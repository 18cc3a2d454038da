using System.Text.Json;
using Cms.Api.Articles;
using Cms.Api.Authors;
using Cms.Api.Hosting;
using Cms.Api.Tags;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Exchange;
using FluentValidation;
using FluentValidation.Results;

namespace Cms.Api.Exchange;

/// <summary>Reads one NDJSON line into a record, as strictly as the API reads a request, with the same field rules.</summary>
public sealed class LineReader(IValidator<ArticleRequest> articles, IValidator<AuthorRequest> authors, IValidator<TagRequest> tags, IClock clock)
{
    /// <summary>The longest external id accepted.</summary>
    public const int MaxExternalIdLength = 200;

    private static readonly JsonSerializerOptions Options = ExchangeJson.Reading;

    /// <summary>The record on the line, or why it is refused.</summary>
    public ImportLine Read(int number, ReadOnlySpan<byte> line)
    {
        ExchangeLine? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<ExchangeLine>(line, Options);
        }
        catch (JsonException e)
        {
            var failure = e.Message.Contains("type discriminator", StringComparison.Ordinal)
                ? Failure.InvalidField("type", "must be 'author', 'tag' or 'article'")
                : Unreadable(e);
            return new ImportLine(number, null, failure);
        }
        catch (NotSupportedException)
        {
            return new ImportLine(number, null, Failure.InvalidField("type", "is required: 'author', 'tag' or 'article'"));
        }
        return parsed is null ? new ImportLine(number, null, Failure.InvalidField("$", "must be a JSON object")) : Accept(number, parsed);
    }

    /// <summary>The record a line holds once the field rules pass, or the fields that break them.</summary>
    public ImportLine Accept(int number, ExchangeLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var errors = Check(line);
        return errors.Count == 0
            ? new ImportLine(number, line.ToRecord(), null)
            : new ImportLine(number, null, new Failure(FailureKind.Invalid, "validation-failed", Describe(errors), errors), line.ToRecord().Kind);
    }

    private Dictionary<string, string[]> Check(ExchangeLine line)
    {
        var result = line switch
        {
            ArticleLine article => articles.Validate(article.ToRequest()),
            AuthorLine author => authors.Validate(author.ToRequest()),
            TagLine tag => tags.Validate(tag.ToRequest()),
            _ => new ValidationResult(),
        };
        var errors = new Dictionary<string, string[]>(result.ToDictionary(), StringComparer.Ordinal);
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];
        var slug = line switch { ArticleLine a => a.Slug, AuthorLine a => a.Slug, TagLine t => t.Slug, _ => null };
        if (line.ExternalId is null && slug is null) Add("slug", "is required when the record has no externalId");
        if (line.ExternalId is { } externalId && (externalId.Length is 0 or > MaxExternalIdLength || externalId.Any(char.IsControl)))
            Add("externalId", $"must be 1 to {MaxExternalIdLength} characters on one line");
        var createdAt = line switch { ArticleLine a => a.CreatedAt, AuthorLine a => a.CreatedAt, TagLine t => t.CreatedAt, _ => null };
        var now = clock.Now;
        if (createdAt > now) Add("createdAt", "must not be in the future");
        if (line is ArticleLine { } written) CheckPublication(written, now, Add);
        return errors;
    }

    private static void CheckPublication(ArticleLine line, DateTimeOffset now, Action<string, string> add)
    {
        switch (line.Status)
        {
            case ArticleStatus.Published when line.PublishedAt > now:
                add("publishedAt", "must not be in the future for a published article: one that goes out later has status 'scheduled'");
                break;
            case ArticleStatus.Archived when line.PublishedAt > now:
                add("publishedAt", "must not be in the future for an archived article");
                break;
            case ArticleStatus.Draft when line.PublishedAt is not null:
                add("publishedAt", "must be absent for a draft");
                break;
            case ArticleStatus.Scheduled when line.PublishedAt is null || line.PublishedAt <= now:
                add("publishedAt", "must be a time ahead for a scheduled article");
                break;
        }
        if (line.FirstPublishedAt > now) add("firstPublishedAt", "must not be in the future");
        if (line.FirstPublishedAt is { } first && line.PublishedAt is { } published && first > published)
            add("firstPublishedAt", "must not be after publishedAt");
    }

    private static Failure Unreadable(JsonException exception)
    {
        var problem = Problems.UnreadableJson(exception).ProblemDetails;
        var errors = new Dictionary<string, string[]>((problem as HttpValidationProblemDetails)?.Errors
            ?? new Dictionary<string, string[]> { ["$"] = ["is not well-formed JSON"] }, StringComparer.Ordinal);
        return new Failure(FailureKind.Invalid, "validation-failed", problem.Detail ?? Describe(errors), errors);
    }

    private static string Describe(IDictionary<string, string[]> errors) =>
        string.Join(" ", errors.Select(error => $"'{error.Key}' {string.Join("; ", error.Value)}."));
}
