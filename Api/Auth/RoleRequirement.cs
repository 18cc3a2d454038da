using Cms.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Cms.Api.Auth;

/// <summary>The role an endpoint needs, as endpoint metadata the authorization middleware enforces.</summary>
/// <param name="Role">The least role allowed; every higher role is allowed too.</param>
public sealed record RequiredRole(Role Role);

/// <summary>One authorization policy per role, each admitting that role and every role above it.</summary>
public static class Policies
{
    /// <summary>Contributors and above.</summary>
    public const string Contributor = "role:contributor";

    /// <summary>Authors and above.</summary>
    public const string Author = "role:author";

    /// <summary>Editors and admins.</summary>
    public const string Editor = "role:editor";

    /// <summary>Admins only.</summary>
    public const string Admin = "role:admin";

    /// <summary>The policy's name for a role.</summary>
    public static string Of(Role role) => "role:" + role.Name();

    /// <summary>Registers the four policies.</summary>
    public static void Add(AuthorizationOptions options)
    {
        foreach (var role in RoleNames.All)
        {
            options.AddPolicy(Of(role), policy => policy.RequireAuthenticatedUser()
                .RequireRole(RoleNames.All.Where(other => other >= role).Select(other => other.Name())));
        }
    }
}

/// <summary>Declares on an endpoint or group the least role its key needs: <c>.RequireRole(Role.Admin)</c>.</summary>
public static class RoleRequirement
{
    /// <summary>Requires a key of <paramref name="role"/> or above; others get 403, requests without a key 401.</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, Role role) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Policies.Of(role)).WithMetadata(new RequiredRole(role));
}
