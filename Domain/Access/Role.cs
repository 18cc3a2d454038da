namespace Cms.Domain.Access;

/// <summary>What a key may do, from least to most; each role has every right of the ones before it.</summary>
public enum Role
{
    /// <summary>Writes drafts of its own author; cannot publish, schedule or delete.</summary>
    Contributor = 1,
    /// <summary>Also publishes, schedules, unpublishes, archives and deletes its own author's articles.</summary>
    Author = 2,
    /// <summary>Does all of that on every article, and manages tags and authors.</summary>
    Editor = 3,
    /// <summary>Also manages keys, settings and webhooks.</summary>
    Admin = 4,
}

/// <summary>The names roles have in the API and the database.</summary>
public static class RoleNames
{
    /// <summary>Every role, least to most.</summary>
    public static IReadOnlyList<Role> All { get; } = [Role.Contributor, Role.Author, Role.Editor, Role.Admin];

    /// <summary>The lowercase name of a role.</summary>
    public static string Name(this Role role) => role switch
    {
        Role.Contributor => "contributor",
        Role.Author => "author",
        Role.Editor => "editor",
        _ => "admin",
    };

    /// <summary>The role of a lowercase name, or null.</summary>
    public static Role? Parse(string name) => All.Cast<Role?>().FirstOrDefault(role => role!.Value.Name() == name);

    /// <summary>True for the roles whose keys act as one author record.</summary>
    public static bool ActsAsAuthor(this Role role) => role is Role.Contributor or Role.Author;
}
