using System.Security.Claims;
using System.Text.Encodings.Web;
using Cms.Api.Hosting;
using Cms.Domain.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Cms.Api.Auth;

/// <summary>Reads the caller's key from <c>Authorization: Bearer</c> or <c>X-Api-Key</c>, never from the query string.</summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, KeyDesk keys, Audit.AuditRecorder audit,
    FailedAuthentication failures)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The answer to a missing, unknown, expired or revoked key: always the same.</summary>
    public static IResult Unauthorized() => Problems.Of(401, "unauthorized", "A valid API key is required.",
        "Send a valid key as 'Authorization: Bearer <key>' or in the 'X-Api-Key' header.");

    /// <summary>The key the request presents, if any.</summary>
    public static string? PresentedKey(HttpRequest request) => HeaderKey(request) ?? BearerKey(request);

    /// <summary>True when <c>X-Api-Key</c> and <c>Authorization: Bearer</c> name different keys: which one acts would be a guess.</summary>
    public static bool TwoKeys(HttpRequest request) =>
        HeaderKey(request) is { } header && BearerKey(request) is { } bearer && !string.Equals(header, bearer, StringComparison.Ordinal);

    private static string? HeaderKey(HttpRequest request) =>
        request.Headers["X-Api-Key"].ToString() is { Length: > 0 } header ? header.Trim() : null;

    private static string? BearerKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = PresentedKey(Request);
        if (key is null) return AuthenticateResult.NoResult();
        if (!failures.MayTry(Context)) return AuthenticateResult.Fail("Too many failed authentications from this address.");
        var check = key.Length == 0 ? new KeyCheck(null, null) : await keys.AuthenticateAsync(key, Context.RequestAborted);
        if (check.RefusedKey is { } refused) await audit.RecordAsync(refused.Id, refused.Name, "authenticate", $"keys/{refused.Id}", 401);
        if (check.Caller is not { } caller)
        {
            failures.Failed(Context);
            return AuthenticateResult.Fail("Unknown key.");
        }
        var identity = new ClaimsIdentity(Callers.Claims(caller), SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => Unauthorized().ExecuteAsync(Context);

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.Of(403, "forbidden", "This key may not do that.", "The key's role does not allow this action.").ExecuteAsync(Context);
}
