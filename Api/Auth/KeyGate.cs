using Microsoft.AspNetCore.Authentication;

namespace Cms.Api.Auth;

/// <summary>Refuses keys sent in a query string, two different keys, and keys that are wrong, even on routes open to the public.</summary>
public sealed class KeyGate(RequestDelegate next, FailedAuthentication failures)
{
    private static readonly string[] KeyParameters = ["key", "apikey", "api_key", "api-key", "access_token", "token"];

    /// <summary>Checks the request's key before anything else sees it.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Query.Keys.Any(name => KeyParameters.Contains(name, StringComparer.OrdinalIgnoreCase)))
        {
            await Hosting.Problems.Of(401, "key-in-query", "API keys are not accepted in the query string.",
                "Query strings end up in logs and browser history; send the key as 'Authorization: Bearer <key>' or 'X-Api-Key'.")
                .ExecuteAsync(context);
            return;
        }
        if (ApiKeyAuthentication.TwoKeys(context.Request))
        {
            await Hosting.Problems.Of(401, "two-keys", "Send one API key.",
                "'Authorization: Bearer' and 'X-Api-Key' name different keys; send the key in one of them.").ExecuteAsync(context);
            return;
        }
        if (ApiKeyAuthentication.PresentedKey(context.Request) is not null
            && (await context.AuthenticateAsync(ApiKeyAuthentication.SchemeName)).Failure is not null)
        {
            if (await failures.RefuseIfThrottledAsync(context)) return;
            await ApiKeyAuthentication.Unauthorized().ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
