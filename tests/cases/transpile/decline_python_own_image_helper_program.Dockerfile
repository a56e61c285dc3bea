FROM php:7.2-fpm
RUN apt-get update && apt-get install -y libpng-dev python3-pip python3-dev
RUN docker-php-ext-install gd
WORKDIR /var/www
COPY . .
RUN pip3 install -r requirements.txt
CMD ["php-fpm"]
