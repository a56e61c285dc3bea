FROM mcr.microsoft.com/dotnet/sdk:8.0
WORKDIR /src
COPY . .
RUN dotnet publish Worker/Worker.csproj -c Release -o /out
WORKDIR /out
ENTRYPOINT ["dotnet", "Worker.dll"]
