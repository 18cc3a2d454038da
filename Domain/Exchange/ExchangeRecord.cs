using Cms.Domain.Articles;
using Cms.Domain.Authors;
using Cms.Domain.Tags;

namespace Cms.Domain.Exchange;

/// <summary>
/// One record of a bulk exchange (an NDJSON line, a Markdown file): found again by its <see cref="ExternalId"/> when it has one,
/// else by its slug; references to other records are slugs or ids.
/// </summary>
/// <param name="ExternalId">The key a script chose for the record, kept with it so the next run finds it again.</param>
public abstract record ExchangeRecord(string? ExternalId)
{
    /// <summary>The record's kind: <c>author</c>, <c>tag</c> or <c>article</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The slug the record asks for, if any.</summary>
    public abstract string? Slug { get; }
}

/// <summary>An author to create or bring up to date.</summary>
/// <param name="ExternalId">The script's key for the author.</param>
/// <param name="GivenSlug">The slug; made from the name for a new author when absent.</param>
/// <param name="Profile">The author's profile.</param>
/// <param name="CreatedAt">When the author was first created, for a new one; now when absent.</param>
public sealed record AuthorRecord(string? ExternalId, string? GivenSlug, AuthorProfile Profile, DateTimeOffset? CreatedAt) : ExchangeRecord(ExternalId)
{
    /// <inheritdoc />
    public override string Kind => "author";

    /// <inheritdoc />
    public override string? Slug => GivenSlug;
}

/// <summary>A tag to create or bring up to date.</summary>
/// <param name="ExternalId">The script's key for the tag.</param>
/// <param name="GivenSlug">The slug; made from the name for a new tag when absent.</param>
/// <param name="Details">The tag's details.</param>
/// <param name="CreatedAt">When the tag was first created, for a new one; now when absent.</param>
public sealed record TagRecord(string? ExternalId, string? GivenSlug, TagDetails Details, DateTimeOffset? CreatedAt) : ExchangeRecord(ExternalId)
{
    /// <inheritdoc />
    public override string Kind => "tag";

    /// <inheritdoc />
    public override string? Slug => GivenSlug;
}

/// <summary>An article to create or bring up to date, with where it stands in the workflow.</summary>
/// <param name="ExternalId">The script's key for the article.</param>
/// <param name="Draft">What the editors wrote; authors, tags and teasers named by slug or id.</param>
/// <param name="Publication">Draft, published or scheduled, with the dates.</param>
/// <param name="CreatedAt">When the article was first created, for a new one; now when absent.</param>
public sealed record ArticleRecord(string? ExternalId, ArticleDraft Draft, Publication Publication, DateTimeOffset? CreatedAt) : ExchangeRecord(ExternalId)
{
    /// <inheritdoc />
    public override string Kind => "article";

    /// <inheritdoc />
    public override string? Slug => Draft.Slug;
}
