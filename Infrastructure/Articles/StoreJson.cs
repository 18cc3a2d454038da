using System.Text.Json.Serialization;

namespace Cms.Infrastructure.Articles;

/// <summary>Source-generated JSON for the few values stored as JSON text.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class StoreJson : JsonSerializerContext;
