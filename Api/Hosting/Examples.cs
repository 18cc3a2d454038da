using System.Text.Json.Nodes;
using Cms.Api.Articles;
using Cms.Api.Authors;
using Cms.Api.Tags;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.Hosting;

/// <summary>Examples of the main request and response bodies, shown in Swagger UI and generated clients.</summary>
internal sealed class Examples : ISchemaFilter
{
    private static readonly Dictionary<Type, string> ByType = new()
    {
        [typeof(ArticleRequest)] = """
            {"title":"Retournement de situation pour Sam Altman : OpenAI en discussion pour son retour",
             "subtitle":"Le conseil d’administration aurait entamé des discussions moins de 24 heures après son licenciement.",
             "body":"Selon plusieurs médias spécialisés, des divergences internes…\n\n[[read-also: ia-la-chatgptisation-de-la-belgique]]\n\nMais un retournement de situation pourrait arriver.",
             "language":"fr","authors":["claire-dubois"],"tags":["intelligence-artificielle","openai"],
             "featureImage":{"url":"https://images.example/altman.jpg","alt":"Sam Altman sur scène","caption":"Sam Altman en 2023.","credit":"AFP","width":1600,"height":900},
             "share":{"ogTitle":"Sam Altman pourrait revenir chez OpenAI","twitterCard":"summary_large_image","hashtags":["Sam","Altman","OpenAI"]}}
            """,
        [typeof(ArticleResponse)] = """
            {"id":"019a6f1e-5c3b-7d2a-9f10-4b8e2c7d1a55","slug":"retournement-de-situation-pour-sam-altman-openai-en-discussion-pour-son-retour",
             "title":"Retournement de situation pour Sam Altman : OpenAI en discussion pour son retour","subtitle":null,
             "excerpt":"Selon plusieurs médias spécialisés, des divergences internes…","language":"fr","status":"published",
             "url":"/articles/retournement-de-situation-pour-sam-altman-openai-en-discussion-pour-son-retour",
             "createdAt":"2023-11-18T09:12:00.000Z","updatedAt":"2023-11-18T10:00:00.000Z","publishedAt":"2023-11-18T10:00:00.000Z",
             "firstPublishedAt":"2023-11-18T10:00:00.000Z",
             "authors":[{"id":"019a6f1e-0000-7000-8000-000000000001","slug":"claire-dubois","name":"Claire Dubois"}],
             "tags":[{"id":"019a6f1e-0000-7000-8000-000000000002","slug":"openai","name":"OpenAI"}],
             "primaryTag":{"id":"019a6f1e-0000-7000-8000-000000000002","slug":"openai","name":"OpenAI"},
             "featureImage":null,"canonicalUrl":null,"wordCount":412,"readingTimeMinutes":2,
             "share":{"metaTitle":null,"metaDescription":null,"ogTitle":null,"ogDescription":null,"ogImage":null,"twitterTitle":null,
                      "twitterDescription":null,"twitterImage":null,"twitterCard":"summary_large_image","hashtags":["Sam","Altman"]},
             "readAlso":[{"id":"019a6f1e-0000-7000-8000-000000000003","slug":"ia-la-chatgptisation-de-la-belgique",
                          "title":"IA : en 2023, la “ChatGPTisation” de la Belgique est encore très timide","url":"/articles/ia-la-chatgptisation-de-la-belgique"}],
             "body":{"html":"<p>Selon plusieurs médias spécialisés…</p>","plaintext":null,"markdown":null,"blocks":null}}
            """,
        [typeof(AuthorRequest)] = """
            {"name":"Claire Dubois","jobTitle":"Journaliste tech","bio":"Couvre l’intelligence artificielle.",
             "social":{"x":"@clairedubois","mastodon":"@claire@mastodon.social"},"email":"claire.dubois@newsroom.example"}
            """,
        [typeof(TagRequest)] = """{"name":"Intelligence artificielle","description":"L’IA et ceux qui la font.","visibility":"public"}""",
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && ByType.TryGetValue(context.Type, out var example)) concrete.Examples = [JsonNode.Parse(example)!];
    }
}
