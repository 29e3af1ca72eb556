fn main() {
    println!("plenary");
}
