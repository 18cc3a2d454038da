using System.ComponentModel;
using System.Reflection;
using Cms.Api.Articles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.Hosting;

/// <summary>The OpenAPI document: every operation named, described, with its problems, keys and examples.</summary>
public static class OpenApiSetup
{
    /// <summary>The security scheme's name in the document.</summary>
    public const string KeyScheme = "apiKey";

    /// <summary>Registers Swashbuckle.</summary>
    public static void AddCmsOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Newsroom CMS API",
                Version = "v1",
                Description = "Articles, authors, tags and share metadata for frontends, apps and editorial scripts. " +
                              "Errors are RFC 9457 problem details with a stable `code`.",
            });
            foreach (var assembly in new[] { typeof(OpenApiSetup).Assembly, typeof(Domain.Articles.Article).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".xml");
                if (File.Exists(xml)) options.IncludeXmlComments(xml, includeControllerXmlComments: true);
            }
            options.AddSecurityDefinition(KeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API key sent as `Authorization: Bearer <key>` (the `X-Api-Key` header works too).",
            });
            options.SupportNonNullableReferenceTypes();
            // Only the exchange lines are polymorphic in the contract; problem details stay one schema each.
            options.UseOneOfForPolymorphism();
            options.SelectSubTypesUsing(type => type == typeof(Exchange.ExchangeLine)
                ? [typeof(Exchange.AuthorLine), typeof(Exchange.TagLine), typeof(Exchange.ArticleLine)]
                : []);
            options.SelectDiscriminatorNameUsing(type => type == typeof(Exchange.ExchangeLine) ? "type" : null);
            options.SelectDiscriminatorValueUsing(type => type == typeof(Exchange.AuthorLine) ? "author"
                : type == typeof(Exchange.TagLine) ? "tag"
                : type == typeof(Exchange.ArticleLine) ? "article"
                : null);
            options.NonNullableReferenceTypesAsRequired();
            options.MapType<BodyBlocks>(() => new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "Typed blocks: paragraph, heading, quote, list, image, embed, code, divider, readAlso.",
                Items = new OpenApiSchema { Type = JsonSchemaType.Object },
            });
            // HEAD answers wherever GET does (HeadRequests); the contract describes the GET.
            options.DocInclusionPredicate((document, api) => api.HttpMethod != HttpMethods.Head && (api.GroupName is null || api.GroupName == document));
            options.OperationFilter<KeysAndDescriptions>();
            options.OperationFilter<IdempotencyKeyHeader>();
            options.OperationFilter<ConditionalHeaders>();
            options.SchemaFilter<Examples>();
        });
    }

    // The header is read by a middleware, not bound by the handler, so it is declared here for the endpoints that take it.
    private sealed class IdempotencyKeyHeader : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (IdempotentCreate.Marks(context.ApiDescription.ActionDescriptor.EndpointMetadata))
                AddHeader(operation, IdempotencyKeys.Header, IdempotentCreate.Description, IdempotencyKeys.MaxLength);
        }
    }

    // The conditional headers an operation honours, named where its answers say so: If-Match where a 412 may answer,
    // If-None-Match where a 304 may.
    private sealed class ConditionalHeaders : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (operation.Responses?.ContainsKey("412") == true)
            {
                AddHeader(operation, "If-Match", "Writes only if the record is still as an answer with one of these ETags showed it (`*`: as it is " +
                    "now); otherwise a 412 that changes nothing. Without it, the last writer wins.");
            }
            if (operation.Responses?.ContainsKey("304") == true)
                AddHeader(operation, "If-None-Match", "The ETag of an answer held already: a 304 with no body while it is still current.");
        }
    }

    private static void AddHeader(OpenApiOperation operation, string name, string description, int? maxLength = null)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
        });
    }

    private sealed class KeysAndDescriptions : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            foreach (var parameter in operation.Parameters ?? [])
            {
                var described = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Name == parameter.Name);
                var info = (described?.ParameterDescriptor as Microsoft.AspNetCore.Mvc.Infrastructure.IParameterInfoParameterDescriptor)?.ParameterInfo;
                if (info is null || parameter is not OpenApiParameter concrete) continue;
                if (info.GetCustomAttribute<DescriptionAttribute>() is { } attribute) concrete.Description = attribute.Description;
                // A query value the handler takes as nullable (a repeatable string[]? too) may be left out.
                if (concrete.In == ParameterLocation.Query && new NullabilityInfoContext().Create(info).ReadState == NullabilityState.Nullable)
                    concrete.Required = false;
            }
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IEndpointSummaryMetadata>().LastOrDefault() is { } summary)
                operation.Summary = summary.Summary;
            if (context.ApiDescription.RelativePath?.StartsWith("health", StringComparison.Ordinal) == false)
            {
                operation.Responses?.TryAdd("429", new OpenApiResponse
                {
                    Description = "Too many requests for this key or address: a problem, with `Retry-After` and `RateLimit-Limit`, `-Remaining`, `-Reset`, `-Policy`.",
                });
            }
            if (!metadata.OfType<IAuthorizeData>().Any()) return;
            if (metadata.OfType<Auth.RequiredRole>().LastOrDefault() is { } required)
            {
                var needs = $"Needs a key with the role `{Domain.Access.RoleNames.Name(required.Role)}` or above.";
                operation.Description = operation.Description is { Length: > 0 } described ? $"{described}\n\n{needs}" : needs;
            }
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(KeyScheme, context.Document)] = [] },
            ];
        }
    }
}
