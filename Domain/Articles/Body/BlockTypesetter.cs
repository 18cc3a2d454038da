using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Cms.Domain.Articles.Body;

/// <summary>Sets the body as a JSON array of typed blocks that apps render natively.</summary>
internal static class BlockTypesetter
{
    // The output is JSON, never inlined into HTML by us, so readable accents beat escaped ones.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The blocks template; a teaser is <c>{"type":"readAlso","ref":"GUID"}</c>.</summary>
    internal static string Write(IReadOnlyList<BodyItem> items)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var item in items)
            {
                if (!item.IsTeaser) Block(json, item.Block);
                else if (item.Target is { } target) Teaser(json, target);
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Teaser(Utf8JsonWriter json, Guid target)
    {
        Start(json, "readAlso");
        json.WriteString("ref", target.ToString("D"));
        json.WriteEndObject();
    }

    private static void Start(Utf8JsonWriter json, string type)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
    }

    private static void Block(Utf8JsonWriter json, Block block)
    {
        switch (block)
        {
            case LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                break;
            case ThematicBreakBlock:
                Start(json, "divider");
                json.WriteEndObject();
                break;
            case CodeBlock code:
                Start(json, "code");
                json.WriteString("language", code is FencedCodeBlock { Info: { Length: > 0 } info } ? info : null);
                json.WriteString("text", code.Lines.ToString());
                json.WriteEndObject();
                break;
            case HeadingBlock heading:
                Start(json, "heading");
                json.WriteNumber("level", heading.Level);
                Inlines(json, heading.Inline);
                json.WriteEndObject();
                break;
            case LeafBlock leaf:
                Paragraph(json, leaf.Inline);
                break;
            case QuoteBlock quote:
                Start(json, "quote");
                Children(json, "blocks", quote);
                json.WriteEndObject();
                break;
            case ListBlock list:
                List(json, list);
                break;
            case ContainerBlock other:
                foreach (var child in other) Block(json, child);
                break;
        }
    }

    private static void List(Utf8JsonWriter json, ListBlock list)
    {
        Start(json, "list");
        json.WriteBoolean("ordered", list.IsOrdered);
        if (!list.IsOrdered) json.WriteNull("start");
        else json.WriteNumber("start", int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1);
        json.WriteStartArray("items");
        foreach (var item in list.OfType<ListItemBlock>())
        {
            json.WriteStartObject();
            Children(json, "blocks", item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Children(Utf8JsonWriter json, string name, ContainerBlock container)
    {
        json.WriteStartArray(name);
        foreach (var child in container) Block(json, child);
        json.WriteEndArray();
    }

    private static void Paragraph(Utf8JsonWriter json, ContainerInline? inline)
    {
        var only = inline?.FirstChild is { NextSibling: null } single ? single : null;
        if (only is LinkInline { IsImage: true } image)
        {
            Start(json, "image");
            json.WriteString("url", LinkSafety.Src(image.GetDynamicUrl?.Invoke() ?? image.Url));
            json.WriteString("alt", InlineRuns.Text(InlineRuns.Of(image)));
            json.WriteString("title", string.IsNullOrEmpty(image.Title) ? null : image.Title);
            json.WriteEndObject();
            return;
        }
        if (EmbedUrl(only) is { } url && LinkSafety.IsWeb(url, out var address))
        {
            Start(json, "embed");
            json.WriteString("url", url);
            json.WriteString("provider", EmbedProvider.Of(address));
            json.WriteEndObject();
            return;
        }
        Start(json, "paragraph");
        Inlines(json, inline);
        json.WriteEndObject();
    }

    private static string? EmbedUrl(Inline? only) => only switch
    {
        LinkInline { IsAutoLink: true, IsImage: false } link => link.Url,
        AutolinkInline { IsEmail: false } auto => auto.Url,
        _ => null,
    };

    private static void Inlines(Utf8JsonWriter json, ContainerInline? inline)
    {
        var runs = InlineRuns.Of(inline);
        json.WriteString("text", InlineRuns.Text(runs));
        json.WriteStartArray("inlines");
        foreach (var run in runs) InlineRunJson.Write(json, run);
        json.WriteEndArray();
    }
}
