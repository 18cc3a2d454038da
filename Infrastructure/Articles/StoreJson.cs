using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Domain.Articles;

namespace Cms.Infrastructure.Articles;

/// <summary>Source-generated JSON for the few values stored as JSON text.</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(ArticleContent))]
[JsonSerializable(typeof(IEnumerable<SearchEntry>))]
internal sealed partial class StoreJson : JsonSerializerContext
{
    /// <summary>
    /// Writes accented letters and typographic quotes as they are rather than as <c>\u00E9</c> escapes: a stored French
    /// revision is a third smaller. Text stored escaped by earlier versions reads the same.
    /// </summary>
    public static StoreJson Stored { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

/// <summary>An article's search entry waiting to be written: its id and its body text.</summary>
internal sealed record SearchEntry([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("body")] string Body);
