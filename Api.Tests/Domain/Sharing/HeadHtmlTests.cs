using System.Text.Json;
using AngleSharp.Html.Parser;
using Cms.Domain.Articles;
using Cms.Domain.Sharing;

namespace Cms.Api.Tests.Domain.Sharing;

/// <summary>The head as HTML: every value escaped, so a hostile title stays text in its attribute and cannot open an element or a script.</summary>
public sealed class HeadHtmlTests
{
    private const string Hostile = "\"><script>alert('x')</script><meta property=\"og:title\" content=\"pwned\" x='&amp; </title></script>";

    private static SharePayload Payload(string title) =>
        SharePayloads.For(ShareSamples.Article(ShareMetadata.None with { Hashtags = ["Économie"] }, ShareSamples.Feature, title: title),
            ShareSamples.Site, ShareSamples.Origin, []);

    [Test]
    public void A_hostile_title_stays_inside_its_attributes_and_the_title_element()
    {
        var payload = Payload(Hostile);
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><head>{payload.Html}</head><body></body></html>");
        var metas = document.Head!.QuerySelectorAll("meta");
        var scripts = document.QuerySelectorAll("script");
        Assert.Multiple(() =>
        {
            Assert.That(document.Title, Is.EqualTo(Hostile));
            Assert.That(metas, Has.Length.EqualTo(payload.MetaTags.Count));
            Assert.That(metas.Single(m => m.GetAttribute("property") == "og:title").GetAttribute("content"), Is.EqualTo(Hostile));
            Assert.That(metas.Single(m => m.GetAttribute("name") == "twitter:title").GetAttribute("content"), Is.EqualTo(Hostile));
            Assert.That(metas.Count(m => m.GetAttribute("property") == "og:title"), Is.EqualTo(1));
            Assert.That(scripts, Has.Length.EqualTo(1));
            Assert.That(scripts[0].GetAttribute("type"), Is.EqualTo("application/ld+json"));
            Assert.That(JsonDocument.Parse(scripts[0].TextContent).RootElement.GetProperty("headline").GetString(), Is.EqualTo(Hostile));
            Assert.That(document.Body!.ChildElementCount, Is.Zero);
        });
    }

    [Test]
    public void The_html_carries_every_meta_tag_of_the_list_with_its_exact_content_plus_title_and_canonical_link()
    {
        var payload = Payload("L’été “chaud” & sec");
        var document = new HtmlParser().ParseDocument($"<html><head>{payload.Html}</head></html>");
        var parsed = document.Head!.QuerySelectorAll("meta")
            .Select(m => new MetaTag(m.GetAttribute("name"), m.GetAttribute("property"), m.GetAttribute("content")!)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.EqualTo(payload.MetaTags));
            Assert.That(document.Head.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Is.EqualTo(payload.CanonicalUrl));
            Assert.That(document.Title, Is.EqualTo("L’été “chaud” & sec"));
        });
    }

    [Test]
    public void Meta_tags_name_the_open_graph_article_and_x_fields_with_the_sites_ids()
    {
        var tags = Payload("Titre").MetaTags;
        string? Content(string key) => tags.FirstOrDefault(t => t.Name == key || t.Property == key)?.Content;
        Assert.Multiple(() =>
        {
            Assert.That(Content("og:type"), Is.EqualTo("article"));
            Assert.That(Content("og:site_name"), Is.EqualTo("Le Quotidien"));
            Assert.That(Content("og:image"), Is.EqualTo("https://img.example/feature.jpg"));
            Assert.That(Content("og:image:width"), Is.EqualTo("1600"));
            Assert.That(Content("og:image:alt"), Is.EqualTo("Une salle de rédaction"));
            Assert.That(Content("fb:app_id"), Is.EqualTo("4242"));
            Assert.That(Content("article:published_time"), Is.EqualTo("2024-07-01T10:30:00Z"));
            Assert.That(Content("article:modified_time"), Is.EqualTo("2024-07-02T09:15:00Z"));
            Assert.That(Content("article:section"), Is.EqualTo("Économie"));
            Assert.That(tags.Where(t => t.Property == "article:tag").Select(t => t.Content), Is.EqualTo(new[] { "Économie", "Europe" }));
            Assert.That(Content("article:author"), Is.EqualTo("https://news.example/authors/claire-dubois"));
            Assert.That(Content("twitter:card"), Is.EqualTo("summary_large_image"));
            Assert.That(Content("twitter:site"), Is.EqualTo("@lequotidien"));
            Assert.That(tags.All(t => (t.Name is null) != (t.Property is null)), Is.True);
        });
    }

    [Test]
    public void Translations_become_hreflang_links_with_the_article_itself_first()
    {
        var payload = SharePayloads.For(ShareSamples.Article(), ShareSamples.Site, ShareSamples.Origin,
            [new LanguageAlternate("en", "https://news.example/en/the-title"), new LanguageAlternate("nl-BE", "https://news.example/nl/de-titel")]);
        var document = new HtmlParser().ParseDocument($"<html><head>{payload.Html}</head></html>");
        var links = document.Head!.QuerySelectorAll("link[rel=alternate]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
        Assert.That(links, Is.EqualTo(new (string?, string?)[]
        {
            ("fr-BE", "https://news.example/2024/07/le-titre"), ("en", "https://news.example/en/the-title"), ("nl-BE", "https://news.example/nl/de-titel"),
        }));
    }
}
