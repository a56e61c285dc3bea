FROM mcr.microsoft.com/dotnet/sdk:8.0
WORKDIR /src
COPY . .
RUN dotnet restore && dotnet publish -c Release -o /app
WORKDIR /app
EXPOSE 80
ENTRYPOINT ["dotnet", "Web.dll"]
