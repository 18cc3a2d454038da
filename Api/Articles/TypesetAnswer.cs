using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Api.Paging;
using Cms.Domain.Articles;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Cms.Api.Articles;

/// <summary>A 200 answer written from what the <see cref="Typesetter"/> kept: the same bytes as when made from the article's rows.</summary>
public sealed class TypesetAnswer : IResult
{
    private static readonly byte[] Close = "}"u8.ToArray();
    private readonly TypesetArticle? article;
    private readonly ListAnswer<TypesetEntry>? list;

    private TypesetAnswer(TypesetArticle? article, ListAnswer<TypesetEntry>? list) => (this.article, this.list) = (article, list);

    /// <summary>One article with its HTML body.</summary>
    public static TypesetAnswer Of(TypesetArticle article) => new(article, null);

    /// <summary>A page of list entries.</summary>
    public static TypesetAnswer Of(ListAnswer<TypesetEntry> list) => new(null, list);

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        if (list is not null)
        {
            var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            await JsonSerializer.SerializeAsync(response.Body, list, options.GetTypeInfo(typeof(ListAnswer<TypesetEntry>)), httpContext.RequestAborted);
            return;
        }
        // The entry ends with "body":null}: the body takes the place of its null.
        var summary = article!.Summary;
        await response.Body.WriteAsync(summary.AsMemory(0, summary.Length - "null}".Length), httpContext.RequestAborted);
        await response.Body.WriteAsync(article.Body, httpContext.RequestAborted);
        await response.Body.WriteAsync(Close, httpContext.RequestAborted);
    }
}

/// <summary>An article's list entry as the typesetter set it, written as it is.</summary>
[JsonConverter(typeof(TypesetEntryConverter))]
public sealed record TypesetEntry(byte[] Json);

/// <summary>Writes a typeset list entry's JSON unchanged.</summary>
public sealed class TypesetEntryConverter : JsonConverter<TypesetEntry>
{
    /// <inheritdoc />
    public override TypesetEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Typeset entries are only written.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TypesetEntry value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json, skipInputValidation: true);
}
