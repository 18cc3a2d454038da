using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Cms.Api.Articles;
using Cms.Api.Authors;
using Cms.Api.Paging;
using Cms.Api.Tags;

namespace Cms.Api.Hosting;

/// <summary>Serialisation code generated at build time for the answers readers fetch most.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ArticleResponse))]
[JsonSerializable(typeof(ListAnswer<ArticleResponse>))]
[JsonSerializable(typeof(ListAnswer<TypesetEntry>))]
[JsonSerializable(typeof(AuthorResponse))]
[JsonSerializable(typeof(ListAnswer<AuthorResponse>))]
[JsonSerializable(typeof(TagResponse))]
[JsonSerializable(typeof(ListAnswer<TagResponse>))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class CmsJson : JsonSerializerContext;
