using System.ComponentModel;
using Cms.Api.Hosting;
using Cms.Domain.Feeds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Api.Feeds;

/// <summary>RSS 2.0 and Atom feeds of the latest published articles: the site's, a tag's, an author's, under <c>/feeds</c>.</summary>
public static class FeedEndpoints
{
    /// <summary>Maps the feed routes.</summary>
    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        // No query allowlist here: feed readers and crawlers add parameters of their own, and a 400 would end a subscription.
        var group = app.MapGroup("/feeds").WithTags("Feeds");
        Feed(group.MapGet("/rss.xml", SiteRss).WithName("getRssFeed").WithSummary("RSS 2.0 feed of the latest published articles"), RssFeed.MediaType);
        Feed(group.MapGet("/atom.xml", SiteAtom).WithName("getAtomFeed").WithSummary("Atom feed of the latest published articles"), AtomFeed.MediaType);
        Feed(group.MapGet("/tags/{slug}/rss.xml", TagRss).WithName("getTagRssFeed").WithSummary("RSS 2.0 feed of a public tag's latest articles"),
            RssFeed.MediaType);
        Feed(group.MapGet("/tags/{slug}/atom.xml", TagAtom).WithName("getTagAtomFeed").WithSummary("Atom feed of a public tag's latest articles"),
            AtomFeed.MediaType);
        Feed(group.MapGet("/authors/{slug}/rss.xml", AuthorRss).WithName("getAuthorRssFeed").WithSummary("RSS 2.0 feed of an author's latest articles"),
            RssFeed.MediaType);
        Feed(group.MapGet("/authors/{slug}/atom.xml", AuthorAtom).WithName("getAuthorAtomFeed").WithSummary("Atom feed of an author's latest articles"),
            AtomFeed.MediaType);
    }

    /// <summary>The site's RSS feed.</summary>
    public static Task<Results<XmlAnswer, ProblemHttpResult>> SiteRss(HttpContext context, FeedReading feeds, FeedSettings settings,
        CancellationToken cancellationToken) => AnswerAsync(FeedKind.Site, "", RssFeed.MediaType, RssFeed.Write, context, feeds, settings, cancellationToken);

    /// <summary>The site's Atom feed.</summary>
    public static Task<Results<XmlAnswer, ProblemHttpResult>> SiteAtom(HttpContext context, FeedReading feeds, FeedSettings settings,
        CancellationToken cancellationToken) => AnswerAsync(FeedKind.Site, "", AtomFeed.MediaType, AtomFeed.Write, context, feeds, settings, cancellationToken);

    /// <summary>A tag's RSS feed.</summary>
    public static Task<Results<XmlAnswer, ProblemHttpResult>> TagRss([Description("The tag's slug or id.")] string slug, HttpContext context,
        FeedReading feeds, FeedSettings settings, CancellationToken cancellationToken) =>
        AnswerAsync(FeedKind.Tag, slug, RssFeed.MediaType, RssFeed.Write, context, feeds, settings, cancellationToken);

    /// <summary>A tag's Atom feed.</summary>
    public static Task<Results<XmlAnswer, ProblemHttpResult>> TagAtom([Description("The tag's slug or id.")] string slug, HttpContext context,
        FeedReading feeds, FeedSettings settings, CancellationToken cancellationToken) =>
        AnswerAsync(FeedKind.Tag, slug, AtomFeed.MediaType, AtomFeed.Write, context, feeds, settings, cancellationToken);

    /// <summary>An author's RSS feed.</summary>
    public static Task<Results<XmlAnswer, ProblemHttpResult>> AuthorRss([Description("The author's slug or id.")] string slug, HttpContext context,
        FeedReading feeds, FeedSettings settings, CancellationToken cancellationToken) =>
        AnswerAsync(FeedKind.Author, slug, RssFeed.MediaType, RssFeed.Write, context, feeds, settings, cancellationToken);

    /// <summary>An author's Atom feed.</summary>
    public static Task<Results<XmlAnswer, ProblemHttpResult>> AuthorAtom([Description("The author's slug or id.")] string slug, HttpContext context,
        FeedReading feeds, FeedSettings settings, CancellationToken cancellationToken) =>
        AnswerAsync(FeedKind.Author, slug, AtomFeed.MediaType, AtomFeed.Write, context, feeds, settings, cancellationToken);

    private static void Feed(RouteHandlerBuilder route, string mediaType) => route
        .WithDescription("The latest published articles (`Cms:Feeds:Items`, default 30), newest first, with the excerpt as summary and, when the " +
                         "settings' `feedContent` is `full`, the body as HTML. Conditional GET with `If-None-Match`.")
        .Produces<string>(StatusCodes.Status200OK, mediaType)
        .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<XmlAnswer, ProblemHttpResult>> AnswerAsync(FeedKind kind, string slug, string mediaType,
        Func<Feed, byte[]> write, HttpContext context, FeedReading feeds, FeedSettings settings, CancellationToken cancellationToken)
    {
        var origin = Origin.Of(context.Request);
        var feed = await feeds.ReadAsync(kind, slug, settings.Items, origin, origin + context.Request.Path, cancellationToken);
        if (feed is null) return Problems.NotFound(kind == FeedKind.Tag ? "tag" : "author", slug);
        return new XmlAnswer(write(feed), mediaType, feed.Updated);
    }

    /// <summary>How many articles a feed carries (<c>Cms:Feeds:Items</c>, default 30).</summary>
    /// <param name="Items">The number of articles.</param>
    public sealed record FeedSettings(int Items);
}
