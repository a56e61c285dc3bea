# the SDK image unsets the aspnet image's ASPNETCORE_URLS=http://+:80 (ENV ASPNETCORE_URLS=):
# the app ran on Kestrel's default address, which the runner keeps with the empty value
FROM mcr.microsoft.com/dotnet/sdk:6.0
WORKDIR /src
COPY . .
RUN dotnet publish Shop/Shop.csproj -c Release -o /app
WORKDIR /app
EXPOSE 80
ENTRYPOINT ["dotnet", "Shop.dll"]
