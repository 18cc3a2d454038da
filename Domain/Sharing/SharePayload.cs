namespace Cms.Domain.Sharing;

/// <summary>Everything a frontend needs for an article's <c>&lt;head&gt;</c> and share bar, already resolved.</summary>
/// <param name="CanonicalUrl">The article's canonical URL: its own <c>canonicalUrl</c>, or its public URL from the site's template, absolute.</param>
/// <param name="Page">The HTML <c>&lt;title&gt;</c> and meta description.</param>
/// <param name="OpenGraph">The Open Graph card (Facebook, LinkedIn, WhatsApp and most others).</param>
/// <param name="X">The X card.</param>
/// <param name="Hashtags">The article's share hashtags, without <c>#</c>.</param>
/// <param name="Links">A share link per network the site offers, in the site's order.</param>
/// <param name="MetaTags">The <c>&lt;meta&gt;</c> tags, each with a <c>name</c> or a <c>property</c>, and its content.</param>
/// <param name="Html">The head as HTML, every value escaped: title, canonical and alternate links, meta tags and the JSON-LD script.</param>
/// <param name="JsonLd">schema.org <c>NewsArticle</c> as JSON text, safe to place inside <c>&lt;script type="application/ld+json"&gt;</c> as it is.</param>
/// <param name="Alternates">The article in each language it is published in, itself included, for <c>hreflang</c>; empty without translations.</param>
public sealed record SharePayload(
    string CanonicalUrl,
    PageHead Page,
    ShareCard OpenGraph,
    XCard X,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<ShareLink> Links,
    IReadOnlyList<MetaTag> MetaTags,
    string Html,
    string JsonLd,
    IReadOnlyList<LanguageAlternate> Alternates);

/// <summary>What search engines read first.</summary>
/// <param name="Title">The <c>&lt;title&gt;</c>: meta title, then title.</param>
/// <param name="Description">The meta description: meta description, then excerpt, then subtitle.</param>
public sealed record PageHead(string Title, string? Description);

/// <summary>An Open Graph card.</summary>
/// <param name="Title">Open Graph title, then meta title, then title.</param>
/// <param name="Description">Open Graph description, then meta description, then excerpt, then subtitle.</param>
/// <param name="Image">Open Graph image, then feature image, then the site's default share image; null when none.</param>
/// <param name="Type">Always <c>article</c>.</param>
/// <param name="Url">The canonical URL.</param>
/// <param name="SiteName">The site's name.</param>
/// <param name="Locale">The article's language as an Open Graph locale, such as <c>fr_BE</c>.</param>
public sealed record ShareCard(string Title, string? Description, ShareImage? Image, string Type, string Url, string SiteName, string Locale);

/// <summary>An X card.</summary>
/// <param name="Card"><c>summary_large_image</c> or <c>summary</c>: as the article asks, otherwise large when there is an image.</param>
/// <param name="Title">X title, then the Open Graph chain.</param>
/// <param name="Description">X description, then the Open Graph chain.</param>
/// <param name="Image">X image, then the Open Graph chain.</param>
/// <param name="Site">The site's X handle.</param>
public sealed record XCard(string Card, string Title, string? Description, ShareImage? Image, string? Site);

/// <summary>An image for a share card.</summary>
/// <param name="Url">Absolute URL.</param>
/// <param name="Alt">Text for readers who cannot see it, when known.</param>
/// <param name="Width">Width in pixels, when known.</param>
/// <param name="Height">Height in pixels, when known.</param>
public sealed record ShareImage(string Url, string? Alt, int? Width, int? Height);

/// <summary>A link that opens a network's share dialog.</summary>
/// <param name="Network">The network's name, such as <c>facebook</c> or <c>x</c>.</param>
/// <param name="Url">The share URL, every parameter percent-encoded as UTF-8.</param>
public sealed record ShareLink(string Network, string Url);

/// <summary>A <c>&lt;meta&gt;</c> tag: Open Graph and <c>article:</c> tags use <c>property</c>, the others <c>name</c>.</summary>
/// <param name="Name">The <c>name</c> attribute, or null.</param>
/// <param name="Property">The <c>property</c> attribute, or null.</param>
/// <param name="Content">The <c>content</c> attribute, unescaped.</param>
public sealed record MetaTag(string? Name, string? Property, string Content);

/// <summary>The same article in one language.</summary>
/// <param name="Language">BCP 47 tag, as <c>hreflang</c> takes it.</param>
/// <param name="Url">The translation's canonical URL.</param>
public sealed record LanguageAlternate(string Language, string Url);
