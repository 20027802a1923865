using System.Net;
using System.Net.Sockets;

namespace DisputeBot.LoadTest.Hosting;

/// <summary>A loopback port nobody listens on right now (asked of the OS with port 0).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
