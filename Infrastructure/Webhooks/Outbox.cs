using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Domain.Webhooks;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Webhooks;

/// <summary>
/// Writes an event into the outbox inside the transaction of the change it announces, so a rolled-back change leaves no
/// event and a committed one always has its event. Nothing is written when no webhook wants that type of event.
/// </summary>
internal static class Outbox
{
    private const string RecordSql = """
        INSERT INTO outbox_events (id, type, payload, occurred_at)
        SELECT @Id, @Type, @Payload, @OccurredAt WHERE EXISTS (SELECT 1 FROM webhook_subscriptions WHERE event = @Type)
        """;

    /// <summary>Records the event in the caller's transaction.</summary>
    public static Task RecordAsync(DbConnection connection, DbTransaction transaction, NewsroomEvent change) =>
        connection.ExecuteAsync(RecordSql, new { change.Id, change.Type, Payload = Payload(change), change.OccurredAt }, transaction);

    /// <summary>Records the event in the statements' transaction, its payload made only when a webhook wants that type of event.</summary>
    public static void Record(PreparedStatements statements, NewsroomEvent change)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(change);
        if (!statements.IsSubscribed(change.Type)) return;
        statements.Execute(RecordSql, new { change.Id, change.Type, Payload = Payload(change), change.OccurredAt });
    }

    /// <summary>The JSON body a webhook receives for the event.</summary>
    public static string Payload(NewsroomEvent change) => JsonSerializer.Serialize(change, EventJson.Default.NewsroomEvent);
}

/// <summary>Source-generated JSON for webhook payloads: camelCase, instants in UTC with a Z, nulls written.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(UtcInstantText)])]
[JsonSerializable(typeof(NewsroomEvent))]
internal sealed partial class EventJson : JsonSerializerContext;

/// <summary>Writes instants as the API does: UTC, milliseconds, a Z.</summary>
internal sealed class UtcInstantText : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(TextColumns.Format(value));
}
