using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cms.Api.Hosting;

/// <summary>JSON as the API guide wants it: camelCase, strict on input, UTC instants with a Z.</summary>
public static class StrictJson
{
    /// <summary>Applies the API's JSON rules to a set of options.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = false;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new TextWithoutNul());
        options.Converters.Add(new UtcInstant());
        options.Converters.Add(new ExactEnumNames());
        // Never reached for reading or writing (the converter above takes every enum); it tells Swashbuckle enums are strings.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.TypeInfoResolverChain.Insert(0, CmsJson.Default);
    }

    /// <summary>Thrown for a NUL character in text; its message names the rule.</summary>
    public const string NulMessage = "must not contain NUL characters";

    private sealed class TextWithoutNul : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String) throw new JsonException();
            var text = reader.GetString()!;
            return text.Contains('\0', StringComparison.Ordinal) ? throw new JsonException(NulMessage) : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    // Enums read only as their documented camelCase names, as every other name in the API is (the framework's converter
    // ignores case); anything else is refused naming the names allowed.
    private sealed class ExactEnumNames : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter?)Activator.CreateInstance(typeof(ExactEnumName<>).MakeGenericType(typeToConvert));
    }

    private sealed class ExactEnumName<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly Dictionary<T, string> Names =
            Enum.GetValues<T>().ToDictionary(value => value, value => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));

        private static readonly string Allowed = "must be one of " + string.Join(", ", Names.Values);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            foreach (var (value, name) in Names)
            {
                if (string.Equals(name, text, StringComparison.Ordinal)) return value;
            }
            throw new JsonException(Allowed);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Names[value]);
    }

    /// <summary>Why a time that <see cref="PastTheCalendar"/> finds is refused.</summary>
    public const string PastTheCalendarMessage = "must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z once its offset is applied";

    private const string LocalTime = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF";

    /// <summary>
    /// A well-formed time with an offset that carries it before the year 1 or after the year 9999 in UTC
    /// (<c>9999-12-31T23:00:00-02:00</c>), which the framework's parsers refuse as if it were malformed.
    /// </summary>
    public static bool PastTheCalendar(string text) =>
        text.Length > 6 && text[^6] is '+' or '-'
        && DateTime.TryParseExact(text[..^6], LocalTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        && TimeSpan.TryParseExact(text[^5..], "hh\\:mm", CultureInfo.InvariantCulture, out var offset) && offset <= TimeSpan.FromHours(14);

    private static readonly string[] InstantFormats = [LocalTime + "'Z'", LocalTime + "zzz"];

    /// <summary>A time as the API reads one, in UTC: ISO 8601 with <c>Z</c> or an offset; else null and why it is refused.</summary>
    public static DateTimeOffset? Instant(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            problem = null;
            return value;
        }
        problem = PastTheCalendar(text) ? PastTheCalendarMessage : "must be an ISO 8601 date and time with a zone, such as 2026-11-26T08:30:00Z";
        return null;
    }

    private sealed class UtcInstant : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Instant(reader.TokenType == JsonTokenType.String ? reader.GetString()! : "", out var problem) ?? throw new JsonException(problem);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }
}
