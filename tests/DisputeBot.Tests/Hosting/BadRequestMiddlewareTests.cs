using DisputeBot.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace DisputeBot.Tests.Hosting;

public sealed class BadRequestMiddlewareTests
{
    [Fact]
    public async Task A_body_that_arrives_too_slowly_gets_408_and_one_information_line_without_a_stack_trace()
    {
        var logger = new FakeLogger<BadRequestMiddleware>();
        var middleware = new BadRequestMiddleware(
            _ => throw new BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", StatusCodes.Status408RequestTimeout),
            logger);
        var context = new DefaultHttpContext();

        await middleware.InvokeAsync(context);

        Assert.Equal(StatusCodes.Status408RequestTimeout, context.Response.StatusCode);
        var entry = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Null(entry.Exception);
    }

    [Fact]
    public async Task Any_other_failure_is_left_to_the_host_to_report()
    {
        var middleware = new BadRequestMiddleware(_ => throw new InvalidOperationException("a bug"), new FakeLogger<BadRequestMiddleware>());

        await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.InvokeAsync(new DefaultHttpContext()));
    }
}
