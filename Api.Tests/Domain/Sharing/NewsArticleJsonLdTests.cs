using System.Text.Json;
using Cms.Domain.Articles;
using Cms.Domain.Sharing;

namespace Cms.Api.Tests.Domain.Sharing;

/// <summary>The JSON-LD is valid JSON and a schema.org NewsArticle with the properties search engines require of news articles.</summary>
public sealed class NewsArticleJsonLdTests
{
    private static readonly string[] Required =
        ["@context", "@type", "headline", "image", "datePublished", "dateModified", "author", "publisher", "mainEntityOfPage"];

    private static JsonElement JsonLdOf(ArticleView article, Cms.Domain.Settings.SiteSettings? site = null) =>
        JsonDocument.Parse(SharePayloads.For(article, site ?? ShareSamples.Site, ShareSamples.Origin, []).JsonLd).RootElement;

    [Test]
    public void It_is_a_news_article_with_every_required_property()
    {
        var ld = JsonLdOf(ShareSamples.Article(ShareSamples.AllSet, ShareSamples.Feature));
        Assert.Multiple(() =>
        {
            foreach (var property in Required) Assert.That(ld.TryGetProperty(property, out _), Is.True, property);
            Assert.That(ld.GetProperty("@context").GetString(), Is.EqualTo("https://schema.org"));
            Assert.That(ld.GetProperty("@type").GetString(), Is.EqualTo("NewsArticle"));
            Assert.That(ld.GetProperty("headline").GetString(), Is.EqualTo("Le titre"));
            Assert.That(ld.GetProperty("description").GetString(), Is.EqualTo("OG description"));
            Assert.That(ld.GetProperty("image").EnumerateArray().Select(i => i.GetString()), Is.EqualTo(new[] { "https://img.example/og.jpg" }));
            Assert.That(ld.GetProperty("datePublished").GetString(), Is.EqualTo("2024-07-01T10:30:00Z"));
            Assert.That(DateTimeOffset.Parse(ld.GetProperty("dateModified").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo(new DateTimeOffset(2024, 7, 2, 9, 15, 0, TimeSpan.Zero)));
            Assert.That(ld.GetProperty("inLanguage").GetString(), Is.EqualTo("fr-BE"));
            Assert.That(ld.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()), Is.EqualTo(new[] { "Économie", "Europe" }));
            Assert.That(ld.GetProperty("mainEntityOfPage").GetProperty("@type").GetString(), Is.EqualTo("WebPage"));
            Assert.That(ld.GetProperty("mainEntityOfPage").GetProperty("@id").GetString(), Is.EqualTo("https://news.example/2024/07/le-titre"));
        });
    }

    [Test]
    public void Authors_are_people_with_their_page_and_the_publisher_an_organization_with_its_logo()
    {
        var ld = JsonLdOf(ShareSamples.Article());
        var author = ld.GetProperty("author")[0];
        var publisher = ld.GetProperty("publisher");
        Assert.Multiple(() =>
        {
            Assert.That(author.GetProperty("@type").GetString(), Is.EqualTo("Person"));
            Assert.That(author.GetProperty("name").GetString(), Is.EqualTo("Claire Dubois"));
            Assert.That(author.GetProperty("url").GetString(), Is.EqualTo("https://news.example/authors/claire-dubois"));
            Assert.That(publisher.GetProperty("@type").GetString(), Is.EqualTo("Organization"));
            Assert.That(publisher.GetProperty("name").GetString(), Is.EqualTo("Le Quotidien"));
            Assert.That(publisher.GetProperty("logo").GetProperty("@type").GetString(), Is.EqualTo("ImageObject"));
            Assert.That(publisher.GetProperty("logo").GetProperty("url").GetString(), Is.EqualTo("https://news.example/logo.png"));
        });
    }

    [Test]
    public void Without_a_byline_the_publisher_signs_and_without_any_image_the_property_is_left_out()
    {
        var ld = JsonLdOf(ShareSamples.Article() with { Authors = [] }, ShareSamples.Site with { DefaultShareImage = null });
        Assert.Multiple(() =>
        {
            Assert.That(ld.GetProperty("author")[0].GetProperty("@type").GetString(), Is.EqualTo("Organization"));
            Assert.That(ld.TryGetProperty("image", out _), Is.False);
        });
    }

    [Test]
    public void The_text_escapes_what_could_close_its_script_element()
    {
        var text = SharePayloads.For(ShareSamples.Article(title: "</script><b>&"), ShareSamples.Site, ShareSamples.Origin, []).JsonLd;
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("&"));
            Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("headline").GetString(), Is.EqualTo("</script><b>&"));
        });
    }
}
