namespace Cms.Domain.Common;

/// <summary>
/// What a write asks of the record it changes (HTTP <c>If-Match</c>): nothing when the caller gave no condition, otherwise
/// that the record as stored now is one the condition names.
/// </summary>
public sealed class Precondition
{
    private readonly Func<string, int, bool>? admits;

    /// <summary>A condition that admits the record <c>(resource, version)</c> when the function says so.</summary>
    public Precondition(Func<string, int, bool> admits) => this.admits = admits;

    private Precondition() { }

    /// <summary>No condition: the write applies to whatever version is stored when it runs.</summary>
    public static readonly Precondition None = new();

    /// <summary>True when the record named <paramref name="resource"/>, stored at <paramref name="version"/>, may be changed.</summary>
    public bool Admits(string resource, int version) => admits?.Invoke(resource, version) ?? true;
}
