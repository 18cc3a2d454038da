using System.Text.Json.Serialization;
using Cms.Domain.Articles;

namespace Cms.Infrastructure.Articles;

/// <summary>Source-generated JSON for the few values stored as JSON text.</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(ArticleContent))]
internal sealed partial class StoreJson : JsonSerializerContext;
