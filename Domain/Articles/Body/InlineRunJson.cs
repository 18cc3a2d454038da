using System.Text.Json;

namespace Cms.Domain.Articles.Body;

/// <summary>Writes one inline run as <c>{"text":…,"marks":[…],"href":…}</c>.</summary>
internal static class InlineRunJson
{
    private static readonly (InlineMarks Mark, string Name)[] Names =
    [
        (InlineMarks.Strong, "strong"),
        (InlineMarks.Emphasis, "emphasis"),
        (InlineMarks.Strikethrough, "strikethrough"),
        (InlineMarks.Code, "code"),
    ];

    /// <summary>Writes the run as a JSON object.</summary>
    internal static void Write(Utf8JsonWriter json, InlineRun run)
    {
        json.WriteStartObject();
        json.WriteString("text", run.Text);
        json.WriteStartArray("marks");
        foreach (var (mark, name) in Names)
        {
            if (run.Marks.HasFlag(mark)) json.WriteStringValue(name);
        }
        json.WriteEndArray();
        json.WriteString("href", run.Href);
        json.WriteEndObject();
    }
}
