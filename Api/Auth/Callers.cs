using System.Globalization;
using System.Security.Claims;
using Cms.Domain.Access;

namespace Cms.Api.Auth;

/// <summary>The caller behind a request, carried in the claims the key's authentication made.</summary>
public static class Callers
{
    private const string AuthorClaim = "cms:author";

    /// <summary>The claims that stand for a caller.</summary>
    public static IEnumerable<Claim> Claims(Caller caller)
    {
        yield return new Claim(ClaimTypes.NameIdentifier, caller.KeyId?.ToString("D") ?? "");
        yield return new Claim(ClaimTypes.Name, caller.Name);
        yield return new Claim(ClaimTypes.Role, caller.Role.Name());
        if (caller.AuthorId is { } author) yield return new Claim(AuthorClaim, author.ToString("D"));
    }

    /// <summary>The caller of an authenticated request, or null for an anonymous one.</summary>
    public static Caller? Of(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || RoleNames.Parse(user.FindFirstValue(ClaimTypes.Role) ?? "") is not { } role) return null;
        return new Caller(
            Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var key) ? key : null,
            user.Identity.Name ?? "",
            role,
            Guid.TryParse(user.FindFirstValue(AuthorClaim), CultureInfo.InvariantCulture, out var author) ? author : null);
    }

    /// <summary>The caller of a request that passed a role requirement.</summary>
    public static Caller Required(ClaimsPrincipal user) =>
        Of(user) ?? throw new InvalidOperationException("An endpoint that needs a caller was reached without one; give it a role requirement.");
}
