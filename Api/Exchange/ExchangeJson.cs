using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Api.Hosting;

namespace Cms.Api.Exchange;

/// <summary>The JSON settings of NDJSON lines: the API's strict reading, with the type first or anywhere; writing leaves nulls out.</summary>
public static class ExchangeJson
{
    /// <summary>The media type of the exchange format.</summary>
    public const string MediaType = "application/x-ndjson";

    /// <summary>How lines are read.</summary>
    public static readonly JsonSerializerOptions Reading = Make(JsonIgnoreCondition.Never);

    /// <summary>How lines are written.</summary>
    public static readonly JsonSerializerOptions Writing = Make(JsonIgnoreCondition.WhenWritingNull);

    private static JsonSerializerOptions Make(JsonIgnoreCondition ignore)
    {
        var options = new JsonSerializerOptions();
        StrictJson.Configure(options);
        options.AllowOutOfOrderMetadataProperties = true;
        options.DefaultIgnoreCondition = ignore;
        options.TypeInfoResolverChain.Add(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
