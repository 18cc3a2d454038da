using System.ComponentModel;
using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Exchange;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Exchange;

/// <summary>Bulk import and export in NDJSON: <c>/api/v1/import</c> and <c>/api/v1/export</c>.</summary>
public static class ExchangeEndpoints
{
    /// <summary>Maps the import and export routes.</summary>
    public static void MapExchange(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Import and export").AddEndpointFilterFactory(QueryAllowlist.Create);
        group.MapPost("/import", Import).WithName("importRecords").WithSummary("Import authors, tags and articles from NDJSON")
            .WithDescription("One record per line (`type`: `author`, `tag` or `article`), upserted by `externalId`, else by `slug`. Lines are " +
                "written in batches, each whole or not at all; the answer streams one result line per input line, then a summary line. " +
                "A line may name records created earlier in the file. Running the same file again changes nothing. The last line is " +
                "`{\"summary\": {lines, created, updated, unchanged, failed, dryRun, error}}`.")
            .Accepts<ExchangeLine>(ExchangeJson.MediaType).Produces<ImportResultLine>(StatusCodes.Status200OK, ExchangeJson.MediaType)
            .RequireRole(Role.Editor).WithMetadata(BulkTransfer.Instance).ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/export", Export).WithName("exportRecords").WithSummary("Export authors, tags and articles as NDJSON")
            .WithDescription("The import's format, streamed: authors, then tags, then articles, each teaser's target before the article " +
                "that points at it, all as of the moment the export starts: what is written meanwhile is in none of its lines, and every " +
                "author and tag an article names is in it. Importing an export into an empty CMS and exporting again gives the same bytes.")
            .Produces<ExchangeLine>(StatusCodes.Status200OK, ExchangeJson.MediaType)
            .RequireRole(Role.Editor).WithMetadata(BulkTransfer.Instance).ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>Imports NDJSON, answering line by line.</summary>
    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Import(HttpContext context, ImportRun run,
        [FromQuery, Description("`true` checks every line and writes nothing.")] bool? dryRun,
        [FromQuery, Description("Lines per transaction, 1 to 5000; default 500.")] int? batchSize,
        [FromHeader(Name = IdempotencyKeys.Header), Description("Makes a retried upload harmless: the same key and body get the first answer back " +
            "and write nothing; the same key with another body is a 422. At most 200 visible ASCII characters, kept a day.")] string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        if (!IsNdjson(context.Request.ContentType)) return Problems.UnsupportedMediaType(context.Request.Method, ExchangeJson.MediaType);
        if (batchSize is < 1 or > ImportOptions.MaxBatchSize)
            return Problems.Invalid("batchSize", $"must be from 1 to {ImportOptions.MaxBatchSize}");
        var options = new ImportOptions(batchSize ?? ImportOptions.DefaultBatchSize, dryRun ?? false);
        return await run.RunAsync(context, options, idempotencyKey, cancellationToken) is { } refused ? Problems.For(refused) : TypedResults.Empty;
    }

    /// <summary>Streams the newsroom as NDJSON.</summary>
    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Export(HttpContext context, IExportSource source,
        [FromQuery, Description("Record types to include, comma-separated: author, tag, article; default all.")] string? types,
        [FromQuery, Description("Only articles with this status: draft, scheduled, published or archived.")] string? status,
        [FromQuery, Description("Only records changed at or after this time (ISO 8601).")] DateTimeOffset? updatedSince,
        CancellationToken cancellationToken)
    {
        var filter = ExportFilters.Read(types, status, updatedSince);
        if (filter.Failure is { } invalid) return Problems.For(invalid);
        context.Response.ContentType = ExchangeJson.MediaType;
        await using var answer = new NdjsonWriter(context.Response.BodyWriter);
        await foreach (var record in ReadAhead.Of(source.ReadAsync(filter.Value!, cancellationToken), 1000, cancellationToken))
            await answer.WriteAsync(ExchangeLine.From(record), cancellationToken);
        return TypedResults.Empty;
    }

    private static bool IsNdjson(string? contentType) =>
        contentType?.Split(';')[0].Trim().ToLowerInvariant() is ExchangeJson.MediaType or "application/ndjson" or "application/jsonl";
}
