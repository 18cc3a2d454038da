namespace Cms.Api.Hosting;

/// <summary>The problem answers every write may give, documented once; a 412 only where the write honours If-Match.</summary>
public static class WriteProblems
{
    /// <summary>Declares the write problems on an endpoint.</summary>
    public static RouteHandlerBuilder WithWriteProblems(this RouteHandlerBuilder builder) => builder.WithWriteProblems(guarded: false);

    /// <summary>Declares the write problems of a write guarded by If-Match (a change to a versioned record), its 412 among them.</summary>
    public static RouteHandlerBuilder WithGuardedWriteProblems(this RouteHandlerBuilder builder) => builder.WithWriteProblems(guarded: true);

    private static RouteHandlerBuilder WithWriteProblems(this RouteHandlerBuilder builder, bool guarded)
    {
        builder.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        if (guarded) builder.ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return builder
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
