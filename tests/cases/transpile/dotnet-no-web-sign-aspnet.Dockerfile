# a minimal API: nothing in the Dockerfile says it is a web app (no EXPOSE, no
# ASPNETCORE_*), yet it needs the ASP.NET Core runtime; aspnet runs both kinds
FROM mcr.microsoft.com/dotnet/sdk:8.0
WORKDIR /src
COPY . .
RUN dotnet publish Api/Api.csproj -c Release -o /app
WORKDIR /app
ENTRYPOINT ["dotnet", "Api.dll"]
