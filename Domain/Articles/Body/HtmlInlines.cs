using Markdig.Syntax.Inlines;

namespace Cms.Domain.Articles.Body;

/// <summary>
/// Writes a block's inline content for <see cref="HtmlTypesetter"/>: escaped text, emphasis, code, line breaks, and links and
/// images whose addresses pass <see cref="LinkSafety"/> (an address that does not is left out, the text stays). A link inside
/// a link keeps only its text, so anchors never nest.
/// </summary>
internal sealed class HtmlInlines(HtmlTypesetter page)
{
    private int linkDepth;

    /// <summary>Writes the inlines of a leaf block.</summary>
    internal void Write(ContainerInline? root)
    {
        if (root is not null) Children(root);
    }

    private void Children(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling) Inline(inline);
    }

    private void Inline(Inline inline)
    {
        var html = page.Html;
        switch (inline)
        {
            case LiteralInline literal:
                Text(literal.Content.AsSpan());
                break;
            case HtmlEntityInline entity:
                Text(entity.Transcoded.AsSpan());
                break;
            case CodeInline code:
                page.Tag("<code>");
                HtmlText.Text(html, code.ContentSpan);
                html.Append("</code>");
                break;
            case LineBreakInline lineBreak:
                if (lineBreak.NextSibling is null) break;
                if (lineBreak.IsHard) page.Line("<br>");
                page.EnsureLine();
                break;
            case EmphasisInline emphasis:
                Emphasis(emphasis);
                break;
            case AutolinkInline auto when linkDepth == 0:
                Anchor(auto.IsEmail ? "mailto:" + auto.Url : auto.Url, null);
                Text(auto.Url);
                Close("</a>");
                break;
            case AutolinkInline auto:
                Text(auto.Url);
                break;
            case LinkInline { IsImage: true } image:
                Image(image);
                break;
            case LinkInline link when linkDepth == 0:
                Anchor(link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", link.Title);
                Children(link);
                Close("</a>");
                break;
            case HtmlInline raw:
                Text(raw.Tag);
                break;
            case DelimiterInline delimiter:
                Text(delimiter.ToLiteral());
                Children(delimiter);
                break;
            case ContainerInline container:
                Children(container);
                break;
        }
    }

    private void Text(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        HtmlText.Text(page.Html, text);
        page.LineEnded = false;
    }

    private void Emphasis(EmphasisInline emphasis)
    {
        var tag = emphasis.DelimiterChar switch
        {
            '*' or '_' => emphasis.DelimiterCount == 2 ? "strong" : "em",
            '~' when emphasis.DelimiterCount == 2 => "del",
            _ => null,
        };
        if (tag is null)
        {
            Children(emphasis);
            return;
        }
        page.Tag("<" + tag + ">");
        Children(emphasis);
        page.Html.Append("</").Append(tag).Append('>');
        page.LineEnded = false;
    }

    private void Anchor(string url, string? title)
    {
        linkDepth++;
        page.Tag("<a");
        var address = HtmlText.Address(url);
        if (address.Length == 0 || LinkSafety.Href(address) is not null) Attribute("href", address);
        if (!string.IsNullOrEmpty(title)) Attribute("title", title);
        page.Html.Append('>');
    }

    private void Close(string tag)
    {
        linkDepth--;
        page.Html.Append(tag);
        page.LineEnded = false;
    }

    private void Image(LinkInline image)
    {
        page.Tag("<img");
        var address = HtmlText.Address(image.GetDynamicUrl?.Invoke() ?? image.Url ?? "");
        if (address.Length == 0 || LinkSafety.Src(address) is not null) Attribute("src", address);
        var alt = new ImageAlt();
        alt.Children(image);
        Attribute("alt", alt.Text);
        if (!string.IsNullOrEmpty(image.Title)) Attribute("title", image.Title);
        page.Html.Append('>');
        page.LineEnded = alt.LineEnded && string.IsNullOrEmpty(image.Title);
    }

    private void Attribute(string name, ReadOnlySpan<char> value)
    {
        // Netscape's script entities; the sanitiser these pages were first written with dropped any value holding one.
        if (value.Contains("&{", StringComparison.Ordinal)) return;
        var html = page.Html;
        html.Append(' ').Append(name).Append("=\"");
        HtmlText.Attribute(html, value);
        html.Append('"');
    }
}

/// <summary>An image's alternative text: what its description reads as plain text, line breaks kept as line ends.</summary>
internal sealed class ImageAlt
{
    private readonly System.Text.StringBuilder text = new();

    internal string Text => text.ToString();

    /// <summary>True when the last thing written was a line end, as <see cref="HtmlTypesetter.LineEnded"/>.</summary>
    internal bool LineEnded { get; private set; }

    internal void Children(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: Append(literal.Content.AsSpan()); break;
                case HtmlEntityInline entity: Append(entity.Transcoded.AsSpan()); break;
                case CodeInline code: Append(code.ContentSpan); break;
                case LineBreakInline when inline.NextSibling is not null && !LineEnded:
                    text.Append('\n');
                    LineEnded = true;
                    break;
                case AutolinkInline auto: Append(auto.Url); break;
                case DelimiterInline delimiter:
                    Append(delimiter.ToLiteral());
                    Children(delimiter);
                    break;
                case ContainerInline inner: Children(inner); break;
            }
        }
    }

    private void Append(ReadOnlySpan<char> piece)
    {
        if (piece.IsEmpty) return;
        text.Append(piece);
        LineEnded = false;
    }
}
