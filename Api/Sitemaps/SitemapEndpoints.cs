using System.ComponentModel;
using System.Globalization;
using Cms.Api.Feeds;
using Cms.Api.Hosting;
using Cms.Domain.Sitemaps;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Api.Sitemaps;

/// <summary>Sitemaps of published articles: <c>/sitemap.xml</c>, its numbered files, and <c>/sitemap-news.xml</c>.</summary>
public static class SitemapEndpoints
{
    /// <summary>Maps the sitemap routes; like feeds, they ignore query parameters crawlers add.</summary>
    public static void MapSitemaps(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Sitemaps");
        group.MapGet("/sitemap.xml", Root).WithName("getSitemap").WithSummary("Sitemap of every published article, or the index of sitemap files")
            .WithDescription("A `urlset` with each article's URL and `lastmod` while they fit in one file (`Cms:Sitemaps:UrlsPerFile`, at most " +
                             "50,000); past that a `sitemapindex` of `/sitemaps/articles-{n}.xml`. Conditional GET with `If-None-Match`.")
            .Produces<string>(StatusCodes.Status200OK, SitemapXml.MediaType);
        group.MapGet("/sitemaps/articles-{number:int}.xml", File).WithName("getSitemapFile").WithSummary("One numbered file of the sitemap index")
            .Produces<string>(StatusCodes.Status200OK, SitemapXml.MediaType).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/sitemap-news.xml", News).WithName("getNewsSitemap").WithSummary("Google News sitemap of the last two days' articles")
            .WithDescription("Articles published in the last 48 hours (at most 1,000), with the publisher's name, the article's language, " +
                             "publication date and title.")
            .Produces<string>(StatusCodes.Status200OK, SitemapXml.MediaType);
    }

    /// <summary>The root sitemap.</summary>
    public static async Task<XmlAnswer> Root(HttpContext context, SitemapReading sitemaps, SitemapSettings settings, CancellationToken cancellationToken)
    {
        var origin = Origin.Of(context.Request);
        var document = await sitemaps.RootAsync(settings.UrlsPerFile, origin,
            number => $"{origin}/sitemaps/articles-{number.ToString(CultureInfo.InvariantCulture)}.xml", cancellationToken);
        return new XmlAnswer(document.Xml, SitemapXml.MediaType, document.Changed);
    }

    /// <summary>One file of the index, at the one address the index gives it (<c>articles-1.xml</c>, not <c>articles-01.xml</c>).</summary>
    public static async Task<Results<XmlAnswer, ProblemHttpResult>> File([Description("The file's number, from 1.")] int number, HttpContext context,
        SitemapReading sitemaps, SitemapSettings settings, CancellationToken cancellationToken)
    {
        var written = context.Request.RouteValues["number"]?.ToString() == number.ToString(CultureInfo.InvariantCulture);
        return written && await sitemaps.FileAsync(number, settings.UrlsPerFile, Origin.Of(context.Request), cancellationToken) is { } document
            ? new XmlAnswer(document.Xml, SitemapXml.MediaType, document.Changed)
            : Problems.Of(StatusCodes.Status404NotFound, "not-found", "Not found.", $"The sitemap has no file articles-{context.Request.RouteValues["number"]}.xml.");
    }

    /// <summary>The news sitemap.</summary>
    public static async Task<XmlAnswer> News(HttpContext context, SitemapReading sitemaps, CancellationToken cancellationToken)
    {
        var document = await sitemaps.NewsAsync(Origin.Of(context.Request), cancellationToken);
        return new XmlAnswer(document.Xml, SitemapXml.MediaType, document.Changed);
    }

    /// <summary>How many URLs one sitemap file holds (<c>Cms:Sitemaps:UrlsPerFile</c>, default and maximum 50,000).</summary>
    /// <param name="UrlsPerFile">The number of URLs.</param>
    public sealed record SitemapSettings(int UrlsPerFile);
}
