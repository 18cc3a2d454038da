namespace Cms.Domain.Access;

/// <summary>Who is acting: the key (its id and name), its role, and for contributors and authors the author it acts as.</summary>
public sealed record Caller(Guid? KeyId, string Name, Role Role, Guid? AuthorId)
{
    /// <summary>The CMS itself, publishing scheduled articles when they fall due.</summary>
    public static readonly Caller Scheduler = System("scheduler");

    /// <summary>A part of the CMS acting on its own, with every right and no key.</summary>
    public static Caller System(string name) => new(null, name, Role.Admin, null);

    /// <summary>True when the caller has at least <paramref name="role"/>.</summary>
    public bool Has(Role role) => Role >= role;
}
