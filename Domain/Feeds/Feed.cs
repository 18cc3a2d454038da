namespace Cms.Domain.Feeds;

/// <summary>Whose latest articles a feed carries.</summary>
public enum FeedKind
{
    /// <summary>Every published article.</summary>
    Site,
    /// <summary>The articles with one public tag.</summary>
    Tag,
    /// <summary>The articles with one author on the byline.</summary>
    Author,
}

/// <summary>A feed of the latest published articles, ready to write as RSS 2.0 or Atom.</summary>
/// <param name="Title">The feed's title: the site's name, with the tag's or author's.</param>
/// <param name="Description">What the feed carries.</param>
/// <param name="SiteUrl">The site's home page.</param>
/// <param name="SelfUrl">The feed's own address.</param>
/// <param name="Language">The site's language.</param>
/// <param name="Publisher">The organisation that publishes the feed.</param>
/// <param name="Updated">When the newest change to any entry happened.</param>
/// <param name="Entries">The articles, newest publication first.</param>
public sealed record Feed(string Title, string Description, string SiteUrl, string SelfUrl, string Language, string Publisher,
    DateTimeOffset Updated, IReadOnlyList<FeedEntry> Entries);

/// <summary>One article in a feed.</summary>
/// <param name="Id">The article's id, as <c>urn:uuid:</c> in the feed.</param>
/// <param name="Title">Headline.</param>
/// <param name="Url">The article's canonical URL.</param>
/// <param name="Summary">The excerpt.</param>
/// <param name="ContentHtml">The whole body as sanitised HTML when the site's feeds carry full content; null otherwise.</param>
/// <param name="Published">When it went public.</param>
/// <param name="Updated">When it last changed.</param>
/// <param name="Authors">The byline with each author's page.</param>
/// <param name="Categories">The public tags' names.</param>
/// <param name="Language">The article's language.</param>
public sealed record FeedEntry(Guid Id, string Title, string Url, string Summary, string? ContentHtml, DateTimeOffset Published,
    DateTimeOffset Updated, IReadOnlyList<FeedPerson> Authors, IReadOnlyList<string> Categories, string Language);

/// <summary>An author as a feed names them.</summary>
/// <param name="Name">The name in the byline.</param>
/// <param name="Url">The author's page.</param>
public sealed record FeedPerson(string Name, string Url);
